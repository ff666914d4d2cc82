import type { ColumnType, TaskType } from '../../../shared/data.js';
import { persistTable } from '../data/table/persist.js';
import type { Engine } from '../engine.js';
import { buildTable, type PlainValue } from './build-table.js';

/** Store a hand-built table as a dataset in the engine's workspace (tests only). */
export function seedDataset(
  engine: Engine,
  name: string,
  columns: { name: string; type: ColumnType; values: PlainValue[] }[],
  opts: { target?: string; task?: TaskType } = {},
): { datasetId: string; versionId: string } {
  const { datasets, columns: store } = engine.context.data;
  const table = buildTable(columns);
  const { columns: schema, rowIdsBlob } = persistTable(store, table, { target: opts.target ?? null });
  const { datasetId, version } = datasets.createDataset({
    name,
    source: { path: `/test/${name}.csv`, format: 'csv', bytes: 0 },
    version: {
      parentId: null,
      recipe: null,
      note: 'seeded by a test',
      rows: table.rowCount,
      columns: schema,
      rowIdsBlob,
      target: opts.target ?? null,
      task: opts.task ?? null,
      split: null,
    },
  });
  return { datasetId, versionId: version.id };
}
