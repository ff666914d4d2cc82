/**
 * The first free row id of a dataset. Row ids are a row's identity within its dataset (labels
 * attach to them), so new rows must not reuse one any version of the dataset holds: a sibling
 * made by an earlier cycle from the same base already used the ids after the base's last one.
 */
import type { WorkerData } from '../../../data/worker-data.js';

/** Largest row id of a version (row ids are ascending: its last one), or -1 when it has no rows. */
function lastRowId(data: WorkerData, v: { rows: number; rowIdsBlob: string }): number {
  if (v.rows === 0) return -1;
  const r = data.columns.readRange(v.rowIdsBlob, v.rows - 1, 1);
  if (r.storage !== 'int32') throw new Error('row ids are not int32');
  return r.values[0] ?? -1;
}

export function nextRowId(data: WorkerData, datasetId: string): number {
  let max = -1;
  for (const s of data.datasets.requireDataset(datasetId).versions) {
    const v = data.datasets.version(s.id);
    if (v) max = Math.max(max, lastRowId(data, v));
  }
  return max + 1;
}
