import { join } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { MonitorThresholds } from '../../../shared/monitor-report.js';
import type { ModelVersionRecord } from '../../../shared/train.js';
import type { EngineContext } from '../context.js';
import { EvaluationsStore } from '../evaluate/store/evaluations-store.js';
import { buildMonitorReport, currentValues, windowQuery } from '../monitor/report/build-report.js';
import { featureDistribution } from '../monitor/report/distribution.js';
import { referenceData } from '../monitor/report/reference-data.js';
import { monitorSeries } from '../monitor/report/series.js';
import { readWindow } from '../monitor/window/read-window.js';
import { ModelRegistry } from '../serve/registry/model-registry.js';
import type { Handlers } from './types.js';

type MonitorCommand = 'monitor.report' | 'monitor.series' | 'monitor.distribution';

/** The monitoring step's commands: reports over windows of a version's live traffic. */
export function monitorHandlers(ctx: EngineContext): Pick<Handlers, MonitorCommand> {
  const registry = new ModelRegistry(ctx);
  const evaluations = new EvaluationsStore(ctx.db);

  /** The version asked for, or the production one. */
  const versionOf = (modelName: string, version: number | undefined): ModelVersionRecord => {
    if (version !== undefined) return registry.requireVersion(modelName, version);
    const model = registry.get(modelName);
    const prod = model.versions.find((v) => v.stage === 'production');
    if (!prod) {
      throw new AppError(
        'conflict',
        `${modelName} has no production version to monitor; promote one in Deploy, or name a version (--version N).`,
      );
    }
    return prod;
  };
  const referenceOf = (v: ModelVersionRecord) =>
    referenceData(join(ctx.paths.dir, v.artifactDir), `${v.modelName} v${v.version}`);
  const evaluatedOf = (v: ModelVersionRecord) => evaluations.latestMainMetric(v.modelName, v.version);

  return {
    'monitor.report': ({ modelName, version, window, thresholds }) => {
      const v = versionOf(modelName, version);
      return buildMonitorReport({
        db: ctx.db,
        modelName,
        version: v.version,
        task: v.task,
        reference: referenceOf(v),
        window,
        thresholds: MonitorThresholds.parse(thresholds),
        evaluated: evaluatedOf(v),
      });
    },
    'monitor.series': ({ modelName, version, windowRows, windows }) => {
      const v = versionOf(modelName, version);
      return monitorSeries({
        db: ctx.db,
        modelName,
        version: v.version,
        task: v.task,
        reference: referenceOf(v),
        windowRows,
        windows,
        thresholds: MonitorThresholds.parse({}),
      });
    },
    'monitor.distribution': ({ modelName, version, feature, window }) => {
      const v = versionOf(modelName, version);
      const ref = referenceOf(v);
      const f = ref.features.find((x) => x.name === feature);
      if (!f) {
        throw new AppError(
          'invalid_input',
          `${modelName} v${v.version} does not monitor "${feature}"; its monitored features: ${ref.features.map((x) => x.name).join(', ')}.`,
        );
      }
      const win = readWindow(ctx.db, windowQuery(modelName, v.version, window, Date.now()), [
        { name: f.name, kind: f.pipelineKind },
      ]);
      return featureDistribution(f, currentValues(f, win.features[0], win.rows));
    },
  };
}
