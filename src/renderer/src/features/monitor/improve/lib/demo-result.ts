import type { DemoResult } from '../../../../../../shared/improve';
import { formatDuration } from '../../../../lib/format-time';
import { formatMetric } from '../../../train/lib/format-train';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const numOrNull = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

/**
 * A demo job's result, checked by hand (the renderer keeps zod's schemas out of its bundle);
 * null when it is not a DemoResult (an older engine, a job that ended early).
 */
export function demoResultOf(result: unknown): DemoResult | null {
  if (!isObj(result) || typeof result.modelName !== 'string' || !isObj(result.liveMetric)) return null;
  const m = result.liveMetric;
  if (m.name !== 'accuracy' && m.name !== 'mae') return null;
  if (!numOrNull(m.beforeDrift) || !numOrNull(m.afterDrift) || !numOrNull(m.afterRetrain)) return null;
  if (!numOrNull(result.promotedVersion) || typeof result.seconds !== 'number') return null;
  const stages = Array.isArray(result.stages)
    ? result.stages.filter(
        (s): s is DemoResult['stages'][number] =>
          isObj(s) &&
          typeof s.name === 'string' &&
          typeof s.seconds === 'number' &&
          typeof s.message === 'string',
      )
    : [];
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    modelName: result.modelName,
    liveMetric: {
      name: m.name,
      beforeDrift: m.beforeDrift,
      afterDrift: m.afterDrift,
      afterRetrain: m.afterRetrain,
    },
    promotedVersion: result.promotedVersion,
    seconds: result.seconds,
    stages,
    cycleId: str(result.cycleId),
    driftAlertId: str(result.driftAlertId),
    port: typeof result.port === 'number' ? result.port : null,
  };
}

/** A live metric value: accuracy as a percentage (91.2 %), MAE as a number; a dash when unknown. */
export function formatLiveMetric(name: 'accuracy' | 'mae', value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return name === 'accuracy' ? `${(value * 100).toFixed(1)} %` : formatMetric(value);
}

/** The demo's outcome as labelled numbers: the live metric through drift and retraining, the promotion, the time. */
export function demoNumbers(result: DemoResult): { label: string; value: string }[] {
  const { name } = result.liveMetric;
  const metric = name === 'accuracy' ? 'Live accuracy' : 'Live MAE';
  return [
    { label: `${metric} before drift`, value: formatLiveMetric(name, result.liveMetric.beforeDrift) },
    { label: `${metric} after drift`, value: formatLiveMetric(name, result.liveMetric.afterDrift) },
    { label: `${metric} after retraining`, value: formatLiveMetric(name, result.liveMetric.afterRetrain) },
    {
      label: 'Promoted version',
      value:
        result.promotedVersion === null ? 'none (the champion kept serving)' : `v${result.promotedVersion}`,
    },
    { label: 'Took', value: formatDuration(result.seconds) || '—' },
  ];
}
