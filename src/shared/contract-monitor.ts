/** The monitoring step's commands: drift, quality and live-metric reports over windows of live traffic. */
import { z } from 'zod';
import {
  FeatureDistribution,
  MonitorReport,
  MonitorSeries,
  MonitorThresholds,
  MonitorWindowInput,
} from './monitor-report.js';

const ModelName = z.string().min(1, 'give the model name');
/** The version whose traffic to read (default: the production version). */
const Version = z.number().int().min(1).optional();

export const monitorContract = {
  'monitor.report': {
    summary:
      'Drift of every feature and of the predictions, data quality and the live metric over a window of live traffic.',
    input: z
      .object({
        modelName: ModelName,
        version: Version,
        window: MonitorWindowInput.default({ rows: 1000 }),
        thresholds: MonitorThresholds.partial().default({}),
      })
      .strict(),
    output: MonitorReport,
  },
  'monitor.series': {
    summary:
      'Drift per feature over the last windows of live traffic (a heatmap), with the live metric per window.',
    input: z
      .object({
        modelName: ModelName,
        version: Version,
        windowRows: z.number().int().min(10).max(100_000).default(500),
        windows: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    output: MonitorSeries,
  },
  'monitor.distribution': {
    summary: "One feature's reference (training) and current (live) distribution, side by side.",
    input: z
      .object({
        modelName: ModelName,
        version: Version,
        feature: z.string().min(1, 'give the feature'),
        window: MonitorWindowInput.default({ rows: 1000 }),
      })
      .strict(),
    output: FeatureDistribution,
  },
} as const;
