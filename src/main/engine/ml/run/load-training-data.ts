import type { ColumnSchema, SplitSpec } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { computeSplit } from '../../data/split/compute-split.js';
import type { VersionManifest } from '../../data/store/datasets-store.js';
import { loadTable } from '../../data/table/load.js';
import type { WorkerData } from '../../data/worker-data.js';
import type { TrainData } from '../train/train-model.js';

/** The default split when a version has none: seeded, stratified for classification. */
export function defaultSplit(v: VersionManifest, seed: number): SplitSpec {
  return {
    method: v.task === 'regression' ? 'random' : 'stratified',
    train: 0.7,
    validation: 0.15,
    test: 0.15,
    seed,
  };
}

/** The columns a model learns from, and the target. */
export function trainingColumns(v: VersionManifest): ColumnSchema[] {
  return v.columns.filter((c) => c.role === 'feature' || c.name === v.target);
}

/**
 * Load what a training run needs from a version (and an optional separate test version):
 * feature and target columns, the split (the version's own, or a seeded default).
 */
export function loadTrainingData(
  data: WorkerData,
  versionId: string,
  testVersionId: string | null,
  seed: number,
  log: (message: string) => void,
): { version: VersionManifest; train: TrainData } {
  const v = data.datasets.requireVersion(versionId);
  if (!v.target || !v.task) {
    throw new AppError(
      'invalid_input',
      `Version ${v.number} of this dataset has no target; set one in the Data step (or with --target) first.`,
    );
  }
  const cols = trainingColumns(v);
  const table = loadTable(
    data.columns,
    v,
    cols.map((c) => c.name),
  );
  let assignment: Uint8Array;
  if (v.split) assignment = data.columns.getUint8(v.split.blob);
  else {
    const spec = defaultSplit(v, seed);
    log(
      `version ${v.number} has no split: using a seeded ${spec.method} 70/15/15 split (save a split in the Data step to choose it)`,
    );
    assignment = computeSplit(table, spec, { name: v.target, task: v.task });
  }
  let testTable = null;
  if (testVersionId) {
    const tv = data.datasets.requireVersion(testVersionId);
    for (const c of cols) {
      const other = tv.columns.find((x) => x.name === c.name);
      if (!other)
        throw new AppError('invalid_input', `The test version lacks column "${c.name}" that the model uses.`);
      if (other.storage !== c.storage) {
        throw new AppError(
          'invalid_input',
          `Column "${c.name}" is ${other.type} in the test version but ${c.type} in the training version; cast it so both match.`,
        );
      }
    }
    testTable = loadTable(
      data.columns,
      tv,
      cols.map((c) => c.name),
    );
  }
  return {
    version: v,
    train: { table, columns: cols, target: v.target, task: v.task, assignment, testTable },
  };
}
