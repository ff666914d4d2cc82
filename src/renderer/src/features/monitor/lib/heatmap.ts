import type { MonitorSeries } from '../../../../../shared/monitor-report';
import { driftStrength } from './drift-strength';
import { formatEpochClock, methodLabel, statisticText } from './format-monitor';

type SeriesWindow = MonitorSeries['windows'][number];

/** How a heatmap cell is painted: its state and its background colour (theme variables). */
export interface CellColor {
  state: 'drifted' | 'stable' | 'none';
  /** A CSS colour: the danger colour for drifted cells, the accent for stable ones, stronger the nearer drift. */
  background: string;
}

/**
 * A cell's colour from its verdict and how far it is towards drift (driftStrength, 0.5 at the
 * threshold): drifted cells are the danger colour at 35–100 % strength, stable cells the accent at
 * 6–40 %, cells without a number are left blank.
 */
export function cellColor(drifted: boolean, strength: number | null): CellColor {
  if (strength === null) return { state: 'none', background: 'transparent' };
  const s = Math.min(1, Math.max(0, strength));
  if (drifted) {
    const pct = Math.round(35 + 65 * s);
    return { state: 'drifted', background: `color-mix(in srgb, var(--danger) ${pct}%, transparent)` };
  }
  const pct = Math.round(6 + 34 * s);
  return { state: 'stable', background: `color-mix(in srgb, var(--accent) ${pct}%, transparent)` };
}

export interface HeatmapCell {
  drifted: boolean;
  method: string;
  value: number | null;
  strength: number | null;
  color: CellColor;
  /** What the cell's tooltip and screen readers say. */
  label: string;
}

export interface HeatmapColumn {
  from: number;
  to: number;
  rows: number;
  /** The window's end as a clock time. */
  label: string;
  datasetDriftShare: number;
}

export interface HeatmapRow {
  feature: string;
  /** Windows in which the feature drifted. */
  driftedWindows: number;
  /** One per column; null when the window has no verdict for the feature. */
  cells: (HeatmapCell | null)[];
}

export interface Heatmap {
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
}

function cellOf(
  w: SeriesWindow,
  c: SeriesWindow['cells'][number],
  threshold: number | undefined,
): HeatmapCell {
  const strength = driftStrength(c.method, c.value, threshold);
  const when = `${formatEpochClock(w.from)}–${formatEpochClock(w.to)}, ${w.rows} rows`;
  const verdict = c.value === null ? 'not measured' : c.drifted ? 'drifted' : 'no drift';
  return {
    drifted: c.drifted,
    method: c.method,
    value: c.value,
    strength,
    color: cellColor(c.drifted, strength),
    label: `${c.feature} (${when}): ${methodLabel(c.method)} ${statisticText(c.method, c.value)}, ${verdict}`,
  };
}

/**
 * The drift-over-time grid: one column per window (oldest first), one row per feature. Rows follow
 * `order` (e.g. the feature table's, drifted first); features not in it come after, those that
 * drifted in more windows first, then by name. `thresholds` (feature → threshold, from the report)
 * scales each cell's colour; without one the method's default threshold is used.
 */
export function buildHeatmap(
  series: MonitorSeries,
  thresholds: Readonly<Record<string, number>> = {},
  order: readonly string[] = [],
): Heatmap {
  const columns: HeatmapColumn[] = series.windows.map((w) => ({
    from: w.from,
    to: w.to,
    rows: w.rows,
    label: formatEpochClock(w.to),
    datasetDriftShare: w.datasetDriftShare,
  }));
  const byFeature = new Map<string, (HeatmapCell | null)[]>();
  series.windows.forEach((w, i) => {
    for (const c of w.cells) {
      let cells = byFeature.get(c.feature);
      if (!cells) {
        cells = series.windows.map(() => null);
        byFeature.set(c.feature, cells);
      }
      cells[i] = cellOf(w, c, thresholds[c.feature]);
    }
  });
  const rows: HeatmapRow[] = [...byFeature.entries()].map(([feature, cells]) => ({
    feature,
    driftedWindows: cells.filter((c) => c?.drifted).length,
    cells,
  }));
  const rank = new Map(order.map((f, i) => [f, i]));
  rows.sort((a, b) => {
    const ra = rank.get(a.feature);
    const rb = rank.get(b.feature);
    if (ra !== undefined || rb !== undefined)
      return (ra ?? Number.MAX_SAFE_INTEGER) - (rb ?? Number.MAX_SAFE_INTEGER);
    if (a.driftedWindows !== b.driftedWindows) return b.driftedWindows - a.driftedWindows;
    return a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0;
  });
  return { columns, rows };
}
