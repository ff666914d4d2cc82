import type { FeaturePipeline } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { EvaluationReport } from '../../../../shared/evaluate.js';
import { loadTable } from '../../data/table/load.js';
import type { Table } from '../../data/table/types.js';
import type { WorkerData } from '../../data/worker-data.js';
import { loadTrainingData } from '../../ml/run/load-training-data.js';
import { targetsOf } from '../../ml/train/row-sets.js';
import { checkModelColumns } from './model-columns.js';

export interface EvaluationData {
  table: Table;
  /** Evaluated rows (table row indexes) with a known target. */
  rows: Int32Array;
  /** Class index, or the target in its own units, per evaluated row. */
  actual: Float64Array;
  info: EvaluationReport['data'];
}

export interface DataSource {
  /** The training run's dataset version, test version and seed (its split). */
  run: { versionId: string; testVersionId: string | null; seed: number };
  /** Evaluate on every labeled row of this version instead. */
  datasetVersionId: string | null;
}

/** The split part that holds test rows (see compute-split.ts: 0 train, 1 validation, 2 test). */
const TEST_PART = 2;

/**
 * The model's pipeline was fitted on the train part of the split in force at training time; a
 * split saved since then may put training rows in the test part, and the metrics would flatter
 * the model. The number of train rows is the check (the run keeps no copy of its split).
 */
function checkSplitUnchanged(assignment: Uint8Array, pipeline: FeaturePipeline, versionNumber: number): void {
  let train = 0;
  for (let i = 0; i < assignment.length; i++) if (assignment[i] === 0) train++;
  if (train !== pipeline.fittedOn.rows) {
    throw new AppError(
      'conflict',
      `The split of dataset version ${versionNumber} changed after this model was trained (${train} train rows now, ${pipeline.fittedOn.rows} then), so its test part may hold rows the model learned from. Evaluate on a separate labeled version (--dataset), or retrain on the current split.`,
    );
  }
}

/**
 * The rows an evaluation uses: the held-out test split of the run's version (or its separate
 * test version), or every row of a version the user picked; rows whose target is missing or a
 * class the model never saw are left out and counted.
 */
export function loadEvaluationData(
  data: WorkerData,
  pipeline: FeaturePipeline,
  source: DataSource,
  log: (m: string) => void,
): EvaluationData {
  const target = pipeline.target;
  if (!target)
    throw new AppError('invalid_input', 'This model has no target; there is nothing to evaluate against.');
  let table: Table;
  let candidates: Int32Array;
  let versionId: string;
  let kind: EvaluationReport['data']['source'];
  if (source.datasetVersionId) {
    const v = data.datasets.requireVersion(source.datasetVersionId);
    checkModelColumns(pipeline, v.columns, `Dataset version ${v.number}`);
    const names = [...pipeline.features.map((f) => f.column), target.column];
    table = loadTable(data.columns, v, names);
    candidates = Int32Array.from({ length: table.rowCount }, (_, i) => i);
    versionId = v.id;
    kind = 'dataset-version';
  } else {
    const { version, train } = loadTrainingData(
      data,
      source.run.versionId,
      source.run.testVersionId,
      source.run.seed,
      log,
    );
    if (train.testTable) {
      table = train.testTable;
      candidates = Int32Array.from({ length: table.rowCount }, (_, i) => i);
      versionId = source.run.testVersionId as string;
      kind = 'test-version';
    } else {
      table = train.table;
      checkSplitUnchanged(train.assignment, pipeline, version.number);
      const picked: number[] = [];
      for (let i = 0; i < train.assignment.length; i++) if (train.assignment[i] === TEST_PART) picked.push(i);
      candidates = Int32Array.from(picked);
      versionId = version.id;
      kind = 'test-split';
    }
  }
  const v = data.datasets.requireVersion(versionId);
  if (candidates.length === 0) {
    throw new AppError(
      'invalid_input',
      kind === 'test-split'
        ? `The test split of dataset version ${v.number} is empty: nothing to evaluate. Save a split with a test part in the Data step, or evaluate on another version (--dataset).`
        : `Dataset version ${v.number} has no rows: nothing to evaluate.`,
    );
  }
  const t = targetsOf(pipeline, table, candidates);
  const keep: number[] = [];
  for (let j = 0; j < t.length; j++) if (!Number.isNaN(t[j] as number)) keep.push(j);
  if (keep.length === 0) {
    throw new AppError(
      'invalid_input',
      `None of the ${candidates.length} rows of dataset version ${v.number} has a usable "${target.column}" (missing, or a class the model never saw).`,
    );
  }
  const rows = new Int32Array(keep.length);
  const actual = new Float64Array(keep.length);
  keep.forEach((j, k) => {
    rows[k] = candidates[j] as number;
    const y = t[j] as number;
    actual[k] = target.task === 'regression' ? y * target.scale + target.center : y;
  });
  return {
    table,
    rows,
    actual,
    info: {
      datasetId: v.datasetId,
      datasetName: data.datasets.dataset(v.datasetId)?.name ?? null,
      versionId: v.id,
      versionNumber: v.number,
      source: kind,
      rows: rows.length,
      droppedRows: candidates.length - rows.length,
    },
  };
}
