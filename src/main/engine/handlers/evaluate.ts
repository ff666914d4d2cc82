import { FeaturePipeline } from '../../../shared/data.js';
import { AppError } from '../../../shared/errors.js';
import { GATE_METRIC_NAMES, type GatePolicy } from '../../../shared/evaluate.js';
import { ModelMetadata } from '../../../shared/train.js';
import type { EngineContext } from '../context.js';
import { currentPolicy } from '../evaluate/gate/promotion-check.js';
import { modelCardFileName, modelCardHtml } from '../evaluate/report/model-card.js';
import type { EvaluateJobParams } from '../evaluate/run/job-params.js';
import { checkModelColumns } from '../evaluate/run/model-columns.js';
import { EvaluationsStore } from '../evaluate/store/evaluations-store.js';
import { GatePoliciesStore } from '../evaluate/store/gate-policies-store.js';
import { readArtifactJson } from '../ml/artifacts/artifact-json.js';
import { actorName } from '../serve/registry/actor.js';
import { ModelRegistry } from '../serve/registry/model-registry.js';
import { newId } from '../util/ids.js';
import { appVersion } from '../util/version.js';
import type { Handlers } from './types.js';

type EvaluateCommand =
  | 'evaluate.start'
  | 'evaluate.list'
  | 'evaluate.get'
  | 'evaluate.latest'
  | 'evaluate.modelCard'
  | 'gate.get'
  | 'gate.set';

/** Slice checks must name features the model reads. */
function checkSliceFeatures(policy: GatePolicy, pipeline: FeaturePipeline, modelName: string): void {
  const features = pipeline.features.map((f) => f.column);
  const unknown = policy.checks.filter((c) => c.slice && !features.includes(c.slice)).map((c) => c.slice);
  if (unknown.length > 0) {
    throw new AppError(
      'invalid_input',
      `The policy slices by ${unknown.map((s) => `"${s}"`).join(', ')}, which ${modelName} does not read; its features: ${features.join(', ')}.`,
    );
  }
}

/** The evaluation step's commands: evaluation jobs, their reports and model cards, and gate policies. */
export function evaluateHandlers(ctx: EngineContext): Pick<Handlers, EvaluateCommand> {
  const registry = new ModelRegistry(ctx);
  const evaluations = new EvaluationsStore(ctx.db);
  const policies = new GatePoliciesStore(ctx.db);
  const gateInfo = (modelName: string) => {
    const model = registry.get(modelName);
    const p = currentPolicy(policies, modelName, model.task);
    return {
      modelName,
      policy: p.policy,
      source: p.source,
      updatedAt: p.updatedAt,
      knownMetrics: [...GATE_METRIC_NAMES],
    };
  };
  return {
    'evaluate.start': async (input) => {
      const v = registry.requireVersion(input.modelName, input.version);
      const run = ctx.ml.runs.require(v.runId);
      const pipeline = FeaturePipeline.parse(readArtifactJson(ctx.paths.dir, v, 'pipeline.json'));
      let datasetVersionId: string | null = null;
      if (input.datasetVersionId) {
        const dv = ctx.data.datasets.resolveVersion(input.datasetVersionId);
        checkModelColumns(pipeline, dv.columns, `Dataset version ${dv.number}`);
        datasetVersionId = dv.id;
      }
      if (input.threshold !== undefined && v.task !== 'binary')
        throw new AppError(
          'invalid_input',
          `A decision threshold applies to binary models; ${v.modelName} is ${v.task}.`,
        );
      const prod = ctx.ml.models.production(v.modelName);
      const { policy } = currentPolicy(policies, v.modelName, v.task);
      const params: EvaluateJobParams = {
        evaluationId: newId('ev'),
        candidate: { modelName: v.modelName, version: v.version, artifactDir: v.artifactDir },
        production:
          prod && prod.version !== v.version
            ? { modelName: prod.modelName, version: prod.version, artifactDir: prod.artifactDir }
            : null,
        run: { versionId: run.versionId, testVersionId: run.testVersionId, seed: run.seed },
        datasetVersionId,
        robustness: input.robustness,
        productionRobustness: policy.checks.some(
          (c) =>
            c.metric === 'robustness_score' &&
            (c.maxDropVsProduction !== undefined || c.minGainVsProduction !== undefined),
        ),
        load: input.load ?? null,
        threshold: input.threshold ?? null,
      };
      await ctx.backend.get();
      return { job: ctx.runner.submit('evaluate', params) };
    },
    'evaluate.list': ({ modelName, version }) => {
      registry.get(modelName);
      return evaluations.list(modelName, version);
    },
    'evaluate.get': ({ id }) => evaluations.require(id),
    'evaluate.latest': ({ modelName, version }) => {
      registry.requireVersion(modelName, version);
      return evaluations.latest(modelName, version);
    },
    'evaluate.modelCard': ({ id }) => {
      const report = evaluations.require(id);
      const v = registry.requireVersion(report.modelName, report.version);
      const metadata = ModelMetadata.parse(readArtifactJson(ctx.paths.dir, v, 'metadata.json'));
      const dv = ctx.data.datasets.version(report.data.versionId);
      const html = modelCardHtml({
        report,
        metadata,
        dataset: {
          name: report.data.datasetName,
          versionNumber: report.data.versionNumber,
          rows: dv?.rows ?? null,
        },
        appVersion: appVersion(),
      });
      return { fileName: modelCardFileName(report), html };
    },
    'gate.get': ({ modelName }) => gateInfo(modelName),
    'gate.set': ({ modelName, policy }) => {
      const model = registry.get(modelName);
      const newest = model.versions[model.versions.length - 1];
      if (newest)
        checkSliceFeatures(
          policy,
          FeaturePipeline.parse(readArtifactJson(ctx.paths.dir, newest, 'pipeline.json')),
          modelName,
        );
      policies.set(modelName, policy, actorName(undefined));
      return gateInfo(modelName);
    },
  };
}
