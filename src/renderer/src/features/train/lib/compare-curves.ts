import type { EpochRecord } from '../../../../../shared/train';
import type { CurveRow } from '../charts/CurveChart';

/**
 * Several runs' per-epoch numbers on one x axis: one row per epoch, one key per run
 * (`<runId>`), for overlaid lines.
 */
export function overlayCurves(
  runs: readonly { id: string; epochs: readonly EpochRecord[] }[],
  pick: (e: EpochRecord) => number | null,
): CurveRow[] {
  const byEpoch = new Map<number, CurveRow>();
  for (const run of runs) {
    for (const e of run.epochs) {
      const v = pick(e);
      if (v === null || !Number.isFinite(v)) continue;
      const row = byEpoch.get(e.epoch) ?? { x: e.epoch };
      row[run.id] = v;
      byEpoch.set(e.epoch, row);
    }
  }
  return [...byEpoch.values()].sort((a, b) => a.x - b.x);
}
