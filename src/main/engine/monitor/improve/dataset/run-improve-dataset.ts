/**
 * The worker half of `improve.dataset`: reads the base version and the model's labeled
 * production rows, builds the training version (and the recent-window version), stores their
 * column files, and hands the versions to the commit step. It writes no database row.
 */
import type { SplitInfo } from '../../../../../shared/data.js';
import { AppError } from '../../../../../shared/errors.js';
import { computeSplit, countParts } from '../../../data/split/compute-split.js';
import type { NewVersion, VersionManifest } from '../../../data/store/datasets-store.js';
import { loadTable } from '../../../data/table/load.js';
import { persistTable } from '../../../data/table/persist.js';
import type { Table } from '../../../data/table/types.js';
import { openWorkerData, type WorkerData } from '../../../data/worker-data.js';
import type { JobContext } from '../../../jobs/job-kind.js';
import { defaultSplit } from '../../../ml/run/load-training-data.js';
import { nowIso } from '../../../util/ids.js';
import { formatZodError } from '../../../util/zod-errors.js';
import { assembleTables } from './assemble-tables.js';
import { checkBase } from './base-version.js';
import { readLabeledRows } from './labeled-rows.js';
import { nextRowId } from './next-row-id.js';
import { ImproveDatasetParams, type ImproveDatasetWorkerResult } from './params.js';
import { assignProductionRows } from './production-split.js';
import { type ProductionValues, productionValues } from './production-values.js';
import { labelReader } from './target-label.js';
import { recentNote, trainingNote } from './version-note.js';
import { windowSpecsOf } from './window-specs.js';

/** A recent window smaller than this says too little to compare two models on. */
export const MIN_RECENT_ROWS = 10;

function parseParams(raw: unknown): ImproveDatasetParams {
  const r = ImproveDatasetParams.safeParse(raw);
  if (!r.success)
    throw new AppError('invalid_input', `improve.dataset: ${formatZodError(r.error)}`, r.error.issues);
  return r.data;
}

function store(
  data: WorkerData,
  table: Table,
  base: VersionManifest,
  fields: Pick<NewVersion, 'note' | 'split'>,
): NewVersion {
  const { columns, rowIdsBlob } = persistTable(data.columns, table, {
    previous: base.columns,
    target: base.target,
  });
  return {
    parentId: base.id,
    recipe: null,
    rows: table.rowCount,
    columns,
    rowIdsBlob,
    target: base.target,
    task: base.task,
    ...fields,
  };
}

export async function runImproveDataset(ctx: JobContext<unknown>): Promise<ImproveDatasetWorkerResult> {
  const params = parseParams(ctx.params);
  const now = Date.now();
  const data = openWorkerData(ctx);
  try {
    const base = data.datasets.requireVersion(params.baseVersionId);
    const checked = checkBase(base, params.defaultSplitSeed !== undefined);
    const target = checked.target.name;
    ctx.progress(
      0.05,
      `reading ${params.modelName}'s predictions since ${new Date(params.sinceAt).toISOString()}`,
    );
    const labeled = readLabeledRows(
      data.db,
      { model: params.modelName, sinceAt: params.sinceAt, now, maxRows: params.maxRows },
      windowSpecsOf(base.columns, target),
      labelReader(checked.target.type, target),
      () => ctx.throwIfCancelled(),
    );
    const p = labeled.rows.length;
    if (labeled.skippedLabels > 0) {
      ctx.log(
        'warn',
        `${labeled.skippedLabels} label${labeled.skippedLabels === 1 ? '' : 's'} left out: not a value of "${target}" (${checked.target.type})`,
      );
    }
    ctx.progress(
      0.3,
      `${labeled.labeled.toLocaleString('en-US')} of ${labeled.predictions.toLocaleString('en-US')} predictions labeled; ${p.toLocaleString('en-US')} rows to add`,
    );
    const counts = { skippedLabels: labeled.skippedLabels };
    if (p === 0) {
      ctx.progress(1, 'no labeled production rows: nothing to add');
      return {
        datasetId: base.datasetId,
        version: null,
        recentVersion: null,
        productionRows: 0,
        heldOutRows: 0,
        repeatedRows: 0,
        ...counts,
        dataUntil: params.sinceAt,
      };
    }
    ctx.progress(0.35, `loading version ${base.number}`);
    const table = loadTable(data.columns, base);
    const spec = checked.split?.spec ?? defaultSplit(base, params.defaultSplitSeed ?? 0);
    const baseSplit = checked.split
      ? data.columns.getUint8(checked.split.blob)
      : computeSplit(table, spec, { name: target, task: checked.task });
    if (baseSplit.length !== base.rows)
      throw new AppError(
        'invalid_input',
        `The split of dataset version ${base.number} does not match its rows; save it again.`,
      );
    ctx.throwIfCancelled();

    const production = new Map<string, ProductionValues>();
    for (const c of base.columns)
      production.set(
        c.name,
        productionValues(c, target, labeled.window.features, labeled.rows, labeled.targets),
      );
    const assignment = assignProductionRows(p, spec, params.seed);
    ctx.progress(0.5, 'building the new version');
    const built = assembleTables({
      base: table,
      baseSplit,
      production,
      assignment,
      recencyWeight: params.recencyWeight,
      firstRowId: nextRowId(data, base.datasetId),
      minRecentRows: MIN_RECENT_ROWS,
      throwIfCancelled: () => ctx.throwIfCancelled(),
    });

    ctx.progress(0.75, 'storing columns');
    const split: SplitInfo = {
      spec,
      blob: data.columns.put({ storage: 'uint8', values: built.split }).hash,
      counts: countParts(built.split),
      createdAt: nowIso(),
    };
    const version = store(data, built.training, base, {
      note: params.note || trainingNote(base.number, p, params.recencyWeight),
      split,
    });
    ctx.throwIfCancelled();
    const recentVersion = built.recent
      ? store(data, built.recent, base, {
          note: recentNote(params.modelName, built.heldOutRows),
          split: null,
        })
      : null;
    ctx.progress(
      1,
      `${p.toLocaleString('en-US')} production rows added (${built.heldOutRows} held out, ${built.repeatedRows} repeats); ${version.rows.toLocaleString('en-US')} rows`,
    );
    return {
      datasetId: base.datasetId,
      version,
      recentVersion,
      productionRows: p,
      heldOutRows: built.heldOutRows,
      repeatedRows: built.repeatedRows,
      ...counts,
      dataUntil: labeled.window.at[labeled.rows[p - 1] as number] as number,
    };
  } finally {
    data.close();
  }
}
