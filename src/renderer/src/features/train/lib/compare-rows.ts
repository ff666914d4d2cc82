import type { RunRecord, TrainParams } from '../../../../../shared/train';
import { formatMetric } from './format-train';

export interface CompareRow {
  /** A parameter path ("mlp.units") or a metric ("val accuracy"). */
  label: string;
  group: 'parameter' | 'metric';
  values: string[];
  /** Not every run has the same value. */
  differs: boolean;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return formatMetric(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A run's parameters as dotted paths and printable values; the schedule stays one value. */
export function flattenParams(params: TrainParams): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(params)) {
    if (key === 'schedule' || typeof value !== 'object' || value === null || Array.isArray(value)) {
      out.set(key, key === 'schedule' ? scheduleText(params.schedule) : show(value));
    } else {
      for (const [sub, v] of Object.entries(value)) out.set(`${key}.${sub}`, show(v));
    }
  }
  return out;
}

export function scheduleText(s: TrainParams['schedule']): string {
  switch (s.kind) {
    case 'constant':
      return 'constant';
    case 'step':
      return `step ×${s.factor} every ${s.every}`;
    case 'cosine':
      return `cosine to ${s.minLr}`;
    case 'exponential':
      return `exponential γ ${s.gamma}`;
  }
}

function row(label: string, group: CompareRow['group'], values: string[]): CompareRow {
  return { label, group, values, differs: new Set(values).size > 1 };
}

/**
 * The comparison table of some runs: one row per metric (validation and test, each key any run
 * has) and per parameter, one column per run.
 */
export function compareRows(runs: readonly RunRecord[]): CompareRow[] {
  const rows: CompareRow[] = [];
  const keys = (pick: (r: RunRecord) => Record<string, number> | null) => {
    const set = new Set<string>();
    for (const r of runs) for (const k of Object.keys(pick(r) ?? {})) set.add(k);
    return [...set];
  };
  for (const k of keys((r) => r.metrics))
    rows.push(
      row(
        `val ${k}`,
        'metric',
        runs.map((r) => show(r.metrics?.[k])),
      ),
    );
  for (const k of keys((r) => r.testMetrics))
    rows.push(
      row(
        `test ${k}`,
        'metric',
        runs.map((r) => show(r.testMetrics?.[k])),
      ),
    );
  rows.push(
    row(
      'epochs trained',
      'metric',
      runs.map((r) => String(r.epochsDone)),
    ),
  );
  rows.push(
    row(
      'best epoch',
      'metric',
      runs.map((r) => show(r.bestEpoch)),
    ),
  );
  rows.push(
    row(
      'samples/s',
      'metric',
      runs.map((r) => (r.samplesPerSec === null ? '—' : Math.round(r.samplesPerSec).toLocaleString('en-US'))),
    ),
  );
  const flat = runs.map((r) => flattenParams(r.params));
  const paths = new Set<string>();
  for (const f of flat) for (const k of f.keys()) paths.add(k);
  for (const p of paths)
    rows.push(
      row(
        p,
        'parameter',
        flat.map((f) => f.get(p) ?? '—'),
      ),
    );
  return rows;
}
