import type { Cell, LabelQueueItem } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { Db } from '../../db/connection.js';
import type { ColumnStore } from '../store/column-store.js';
import type { VersionManifest } from '../store/datasets-store.js';
import { cellAt } from '../table/cells.js';
import { indexOfRowId } from '../table/load.js';
import type { LabelsStore } from './labels-store.js';
import { latestScoreSource } from './uncertainty.js';

export const QUEUE_ORDERS = ['random', 'entropy', 'margin'] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];

interface QueueState {
  rowIds: Int32Array;
  /** 1 where this annotator has a current label (by row index in the version). */
  labeled: Uint8Array;
  labeledCount: number;
  /** Walk of a full-cycle permutation k → (a·k + c) mod n; `cursor` skips the labeled head. */
  a: number;
  c: number;
  cursor: number;
}

function gcd(x: number, y: number): number {
  while (y) [x, y] = [y, x % y];
  return x;
}

function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * The labeling queue: which unlabeled rows an annotator sees next. Orders are pluggable —
 * `random` (a seeded permutation, stable per dataset and annotator) now, and `entropy` /
 * `margin` once a model has stored uncertainty scores (labels/uncertainty.ts). Per annotator a
 * bitmap of labeled rows is kept in memory, so "label and next" stays fast on a million rows.
 */
export class LabelQueue {
  private readonly states = new Map<string, QueueState>();

  constructor(
    private readonly db: Db,
    private readonly labels: LabelsStore,
    private readonly columns: ColumnStore,
  ) {}

  private key(versionId: string, annotator: string): string {
    return `${versionId}\u0000${annotator}`;
  }

  private state(v: VersionManifest, annotator: string): QueueState {
    const key = this.key(v.id, annotator);
    const cached = this.states.get(key);
    if (cached) return cached;
    const rowIds = this.columns.getInt32(v.rowIdsBlob);
    const n = rowIds.length;
    const labeled = new Uint8Array(n);
    let labeledCount = 0;
    for (const id of this.labels.labeledBy(v.datasetId, annotator)) {
      const i = indexOfRowId(rowIds, id);
      if (i >= 0 && !labeled[i]) {
        labeled[i] = 1;
        labeledCount++;
      }
    }
    const seed = hashSeed(`${v.datasetId}/${annotator}`);
    let a = n > 1 ? (seed % (n - 1)) + 1 : 1;
    while (n > 1 && gcd(a, n) !== 1) a = (a % (n - 1)) + 1;
    const st: QueueState = {
      rowIds,
      labeled,
      labeledCount,
      a,
      c: n ? hashSeed(`${seed}`) % n : 0,
      cursor: 0,
    };
    if (this.states.size > 32) this.states.clear();
    this.states.set(key, st);
    return st;
  }

  /** Keep the in-memory view in step after a label, undo or bulk import. */
  noteLabel(datasetId: string, rowId: number, annotator: string, labeled: boolean): void {
    for (const [key, st] of this.states) {
      if (!key.endsWith(`\u0000${annotator}`)) continue;
      const versionId = key.slice(0, key.indexOf('\u0000'));
      const owner = this.db
        .prepare('SELECT dataset_id FROM dataset_versions WHERE id = ?')
        .pluck()
        .get(versionId);
      if (owner !== datasetId) continue;
      const i = indexOfRowId(st.rowIds, rowId);
      if (i < 0 || Boolean(st.labeled[i]) === labeled) continue;
      st.labeled[i] = labeled ? 1 : 0;
      st.labeledCount += labeled ? 1 : -1;
      if (!labeled) st.cursor = 0;
    }
  }

  /** Forget cached state of a dataset (after bulk changes). */
  invalidate(datasetId: string): void {
    for (const key of [...this.states.keys()]) {
      const versionId = key.slice(0, key.indexOf('\u0000'));
      const owner = this.db
        .prepare('SELECT dataset_id FROM dataset_versions WHERE id = ?')
        .pluck()
        .get(versionId);
      if (owner === datasetId) this.states.delete(key);
    }
  }

  counts(v: VersionManifest, annotator: string): { labeled: number; total: number } {
    const st = this.state(v, annotator);
    return { labeled: st.labeledCount, total: st.rowIds.length };
  }

  next(
    v: VersionManifest,
    annotator: string,
    order: QueueOrder,
    limit: number,
    exclude: readonly number[],
  ): LabelQueueItem[] {
    const st = this.state(v, annotator);
    const skip = new Set(exclude);
    const picked: number[] = [];
    const scores = new Map<number, number>();
    const n = st.rowIds.length;
    if (order === 'random') {
      let advanced = false;
      for (let k = st.cursor; k < n && picked.length < limit; k++) {
        const idx = (st.a * k + st.c) % n;
        if (st.labeled[idx]) {
          if (!advanced) st.cursor = k + 1;
          continue;
        }
        advanced = true;
        if (skip.has(st.rowIds[idx] as number)) continue;
        picked.push(idx);
      }
    } else {
      const source = latestScoreSource(this.db, v.datasetId);
      if (!source) {
        throw new AppError(
          'unavailable',
          `No model has scored this dataset yet, so there is no ${order} order. Train a classifier first, or use the random order.`,
        );
      }
      const rows = this.db
        .prepare(
          `SELECT row_id, entropy, margin FROM label_scores WHERE dataset_id = ? AND source = ? ORDER BY ${order === 'entropy' ? 'entropy DESC' : 'margin ASC'}, row_id`,
        )
        .iterate(v.datasetId, source) as IterableIterator<{
        row_id: number;
        entropy: number;
        margin: number;
      }>;
      for (const r of rows) {
        const idx = indexOfRowId(st.rowIds, r.row_id);
        if (idx < 0 || st.labeled[idx] || skip.has(r.row_id)) continue;
        picked.push(idx);
        scores.set(idx, order === 'entropy' ? r.entropy : r.margin);
        if (picked.length >= limit) break;
      }
    }
    return this.items(v, picked, st.rowIds, scores);
  }

  /** One row as a queue item (e.g. to show an undone row again), or null if it is not in the version. */
  itemFor(v: VersionManifest, rowId: number): LabelQueueItem | null {
    const rowIds = this.columns.getInt32(v.rowIdsBlob);
    const idx = indexOfRowId(rowIds, rowId);
    return idx < 0 ? null : (this.items(v, [idx], rowIds, new Map())[0] ?? null);
  }

  /** The values of rows (by index) with their current labels, read with positioned reads. */
  private items(
    v: VersionManifest,
    indexes: number[],
    rowIds: Int32Array,
    scores: Map<number, number>,
  ): LabelQueueItem[] {
    const ids = indexes.map((i) => rowIds[i] as number);
    const existing = this.labels.currentFor(v.datasetId, ids);
    return indexes.map((idx, j) => {
      const values: Record<string, Cell> = {};
      for (const c of v.columns) {
        const data = this.columns.readRange(c.blob, idx, 1);
        if (data.storage === 'int32' || data.storage === 'uint8') continue;
        values[c.name] = cellAt({ type: c.type, data }, 0);
      }
      const rowId = ids[j] as number;
      return { rowId, values, score: scores.get(idx) ?? null, existing: existing.get(rowId) ?? [] };
    });
  }
}
