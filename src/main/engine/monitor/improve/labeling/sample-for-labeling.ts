/**
 * Labeling from production: after the watch looks at a window, the predictions most worth an
 * analyst's time go to the production labeling queue — a seeded sample of a drifted window (the
 * data the model has not seen), and the model's least certain answers (1 − top probability, as
 * uncertainty sampling does). Predictions that already have feedback, or are queued, are skipped.
 */
import type { Cell } from '../../../../../shared/data.js';
import type { Db } from '../../../db/connection.js';
import { joinFeedback } from '../../live/feedback-join.js';
import type { ReferenceData } from '../../report/reference-data.js';
import { readWindow } from '../../window/read-window.js';
import type { WindowColumns } from '../../window/window-types.js';
import type { NewQueueItem, ProductionLabelsStore } from '../store/production-labels-store.js';

export interface SampleArgs {
  db: Db;
  store: ProductionLabelsStore;
  modelName: string;
  version: number;
  reference: ReferenceData;
  /** The window the watch looked at: the newest N predictions. */
  windowRows: number;
  /** Share of drifted features when the window drifted, else null (no drift sample). */
  driftShare: number | null;
  /** How many from a drifted window, and how many least-certain ones, per look. */
  driftSamples?: number;
  uncertainSamples?: number;
  /** Only answers at least this uncertain (1 − top probability). */
  minUncertainty?: number;
}

function cellOf(win: WindowColumns, f: number, row: number): Cell {
  const col = win.features[f];
  if (!col) return null;
  if (col.kind === 'categorical' || col.kind === 'text') return col.values[row] ?? null;
  const v = col.values[row] as number;
  if (Number.isNaN(v)) return null;
  return col.kind === 'boolean' ? v !== 0 : v;
}

/** A deterministic shuffle (mulberry32), so the same window gives the same sample. */
function shuffled(n: number, seed: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

/** Queue the window's most useful unlabeled predictions; returns how many were added. */
export function sampleForLabeling(a: SampleArgs): { drift: number; uncertain: number } {
  const specs = [
    ...a.reference.features.map((f) => ({ name: f.name, kind: f.pipelineKind })),
    ...a.reference.skipped.map((name) => ({ name, kind: 'text' as const })),
  ];
  const win = readWindow(a.db, { model: a.modelName, version: a.version, lastRows: a.windowRows }, specs);
  if (win.rows === 0) return { drift: 0, uncertain: 0 };
  const labeled = joinFeedback(a.db, win.predictionIds).labels;
  const queued = a.store.has(win.predictionIds);
  const free = (i: number) => labeled[i] === null && !queued.has(win.predictionIds[i] as string);
  const item = (i: number, reason: NewQueueItem['reason'], score: number): NewQueueItem => {
    const features: Record<string, Cell> = {};
    win.features.forEach((c, f) => {
      features[c.name] = cellOf(win, f, i);
    });
    const p = win.predictions;
    const predicted =
      p.labels?.[i] ?? (p.values && !Number.isNaN(p.values[i] as number) ? (p.values[i] as number) : null);
    return {
      predictionId: win.predictionIds[i] as string,
      modelName: a.modelName,
      version: win.versions[i] as number,
      reason,
      score,
      at: win.at[i] as number,
      features,
      predicted,
    };
  };
  const chosen = new Set<number>();
  const items: NewQueueItem[] = [];

  const p = win.predictions;
  const k = p.classes?.length ?? 0;
  if (p.probabilities && k > 1) {
    const scored: [number, number][] = [];
    for (let i = 0; i < win.rows; i++) {
      if (!free(i)) continue;
      let top = 0;
      for (let c = 0; c < k; c++) {
        const v = p.probabilities[i * k + c] as number;
        if (v > top) top = v;
      }
      const u = 1 - top;
      if (u >= (a.minUncertainty ?? 0.2)) scored.push([u, i]);
    }
    scored.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    for (const [u, i] of scored.slice(0, a.uncertainSamples ?? 10)) {
      chosen.add(i);
      items.push(item(i, 'uncertain', u));
    }
  }
  const uncertain = items.length;
  if (a.driftShare !== null) {
    const seed = Math.floor((win.at[win.rows - 1] as number) % 2147483647);
    let n = 0;
    for (const i of shuffled(win.rows, seed)) {
      if (n >= (a.driftSamples ?? 20)) break;
      if (!free(i) || chosen.has(i)) continue;
      items.push(item(i, 'drift', a.driftShare));
      n++;
    }
  }
  a.store.add(items);
  return { drift: items.length - uncertain, uncertain };
}
