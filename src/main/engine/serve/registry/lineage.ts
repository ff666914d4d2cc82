import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lineage } from '../../../../shared/serve.js';
import { InputSchema } from '../../../../shared/train.js';
import type { EngineContext } from '../../context.js';
import { EvaluationsStore } from '../../evaluate/store/evaluations-store.js';
import type { ModelRegistry } from './model-registry.js';

/**
 * Where a version came from and where it went: the dataset version it was trained on (name and
 * number are null once the dataset is deleted; the content hash is kept by the run), the run, its
 * evaluations and its stage changes, oldest first.
 */
export function lineageOf(
  ctx: Pick<EngineContext, 'ml' | 'data' | 'paths' | 'db'>,
  registry: ModelRegistry,
  name: string,
  version: number,
): Lineage {
  const v = registry.requireVersion(name, version);
  const run = ctx.ml.runs.require(v.runId);
  const dsVersion = ctx.data.datasets.version(run.versionId);
  const dataset = ctx.data.datasets.dataset(run.datasetId);
  return {
    modelName: name,
    version,
    dataset: {
      datasetId: run.datasetId,
      name: dataset?.name ?? null,
      versionId: run.versionId,
      versionNumber: dsVersion?.number ?? null,
      contentHash: dsVersion?.contentHash ?? run.versionHash,
    },
    run: {
      id: run.id,
      kind: run.kind,
      tuningId: run.tuningId,
      template: run.template,
      backend: run.backend,
      metrics: run.metrics,
      testMetrics: run.testMetrics,
      finishedAt: run.finishedAt,
    },
    inputs: inputsOf(join(ctx.paths.dir, v.artifactDir, 'input-schema.json')),
    evaluations: new EvaluationsStore(ctx.db)
      .list(name, version)
      .reverse()
      .map((e) => ({ id: e.id, passed: e.passed, createdAt: e.createdAt, summary: e.summary })),
    deployments: registry.events.ofVersion(name, version),
  };
}

/** The version's raw inputs, as its artifact folder records them (null when the file is gone or unreadable). */
function inputsOf(file: string): InputSchema | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = InputSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
