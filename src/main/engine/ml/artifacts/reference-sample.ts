import type { ColumnSchema } from '../../../../shared/data.js';
import type { ReferenceSample } from '../../../../shared/train.js';
import { mulberry32 } from '../../data/split/prng.js';
import { cellAt } from '../../data/table/cells.js';
import type { Table } from '../../data/table/types.js';

/** Rows kept in a model's reference sample (enough for stable drift statistics, ~1–2 MB of JSON for 20 features). */
export const REFERENCE_SAMPLE_ROWS = 10_000;

/**
 * The reference drift is measured against: up to `maxRows` train rows drawn at random without
 * replacement (seeded; in table order), each feature's raw values as the inference server
 * receives them (numbers, booleans and datetimes as numbers — epoch ms — categories and text as
 * strings, null when missing).
 */
export function referenceSample(
  table: Table,
  trainRows: Int32Array,
  features: readonly Pick<ColumnSchema, 'name' | 'storage'>[],
  seed: number,
  maxRows = REFERENCE_SAMPLE_ROWS,
): ReferenceSample {
  let picked: Int32Array;
  if (trainRows.length <= maxRows) picked = trainRows;
  else {
    // Partial Fisher–Yates over a copy: the first maxRows entries are a uniform sample.
    const pool = Int32Array.from(trainRows);
    const next = mulberry32(seed);
    for (let i = 0; i < maxRows; i++) {
      const j = i + Math.floor(next() * (pool.length - i));
      const t = pool[i] as number;
      pool[i] = pool[j] as number;
      pool[j] = t;
    }
    picked = pool.subarray(0, maxRows).sort();
  }
  const columns: ReferenceSample['columns'] = [];
  for (const f of features) {
    const col = table.columns.find((c) => c.name === f.name);
    if (!col) continue;
    if (col.data.storage === 'number') {
      const values = col.data.values;
      columns.push({
        name: f.name,
        kind: 'numeric',
        values: Array.from(picked, (i) => {
          const v = values[i] as number;
          return Number.isNaN(v) ? null : v;
        }),
      });
    } else {
      columns.push({
        name: f.name,
        kind: 'categorical',
        values: Array.from(picked, (i) => {
          const v = cellAt(col, i);
          return v === null ? null : String(v);
        }),
      });
    }
  }
  return { formatVersion: 1, rows: picked.length, trainRows: trainRows.length, seed, columns };
}
