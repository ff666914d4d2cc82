/**
 * Test and bench support: Adult (train and official test files) imported with the real importer,
 * a stratified 85/15 train/validation split and the pipeline fitted on the train rows.
 */
import {
  type ColumnSchema,
  type FeaturePipeline,
  PipelineOptions,
  SplitSpec,
} from '../../../../shared/data.js';
import { importFile } from '../../data/intake/import-file.js';
import { fitPipeline } from '../../data/pipeline/fit-pipeline.js';
import { computeSplit } from '../../data/split/compute-split.js';
import { missingCount } from '../../data/table/cells.js';
import type { Table } from '../../data/table/types.js';
import { datasetPath } from '../../test-support/datasets.js';
import type { TrainData } from './train-types.js';

const hooks = { signal: new AbortController().signal, progress: () => {} };

export async function importDataset(file: string): Promise<Table> {
  const r = await importFile({ path: datasetPath(file), format: 'auto', header: 'auto' }, hooks);
  return r.table;
}

/** A schema for an imported table: every column a feature except the target. */
export function schemaFor(table: Table, target: string): ColumnSchema[] {
  return table.columns.map((c) => ({
    name: c.name,
    type: c.type,
    inferredType: c.type,
    storage: c.data.storage,
    role: c.name === target ? 'target' : 'feature',
    blob: '',
    missing: missingCount(c.data),
    evidence: null,
  }));
}

export interface AdultFixture {
  data: TrainData;
  pipeline: FeaturePipeline;
}

export async function adultFixture(options: Partial<PipelineOptions> = {}): Promise<AdultFixture> {
  const table = await importDataset('adult_train.csv');
  const testTable = await importDataset('adult_test.csv');
  const columns = schemaFor(table, 'income');
  const assignment = computeSplit(
    table,
    SplitSpec.parse({ method: 'stratified', train: 0.85, validation: 0.15, test: 0, seed: 42 }),
    { name: 'income', task: 'binary' },
  );
  const pipeline = fitPipeline(
    table,
    { versionId: 'adult', columns, target: 'income', task: 'binary' },
    assignment,
    PipelineOptions.parse(options),
  );
  return { data: { table, columns, target: 'income', task: 'binary', assignment, testTable }, pipeline };
}
