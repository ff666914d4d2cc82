import type { Cell } from '../../../shared/data.js';
import { AppError } from '../../../shared/errors.js';
import type { EngineContext } from '../context.js';
import type { VersionManifest } from '../data/store/datasets-store.js';
import { cellAt } from '../data/table/cells.js';
import { indexOfRowId } from '../data/table/load.js';
import type { Handlers } from './types.js';

type LabelsCommand =
  | 'labels.getSet'
  | 'labels.setSet'
  | 'labels.queue'
  | 'labels.submit'
  | 'labels.undo'
  | 'labels.resolve'
  | 'labels.importColumn'
  | 'labels.stats'
  | 'labels.disagreements'
  | 'labels.history';

export function labelsHandlers(ctx: EngineContext): Pick<Handlers, LabelsCommand> {
  const { datasets, labels, columns, queue } = ctx.data;

  const requireRow = (v: VersionManifest, rowId: number): number => {
    const idx = indexOfRowId(columns.getInt32(v.rowIdsBlob), rowId);
    if (idx < 0)
      throw new AppError('not_found', `Row ${rowId} is not in version ${v.number} of this dataset.`);
    return idx;
  };
  const checkLabel = (datasetId: string, label: string) => {
    const set = labels.getSet(datasetId);
    if (set && !set.classes.some((c) => c.name === label)) {
      throw new AppError(
        'invalid_input',
        `"${label}" is not in the label set (${set.classes.map((c) => c.name).join(', ')}).`,
      );
    }
  };
  const valuesAt = (v: VersionManifest, idx: number): Record<string, Cell> => {
    const out: Record<string, Cell> = {};
    for (const c of v.columns) {
      const data = columns.readRange(c.blob, idx, 1);
      if (data.storage === 'int32' || data.storage === 'uint8') continue;
      out[c.name] = cellAt({ type: c.type, data }, 0);
    }
    return out;
  };

  return {
    'labels.getSet': ({ datasetId }) => {
      datasets.requireDataset(datasetId);
      return labels.getSet(datasetId);
    },
    'labels.setSet': ({ set }) => {
      datasets.requireDataset(set.datasetId);
      return labels.setSet(set);
    },
    'labels.queue': ({ versionId, annotator, order, limit, exclude }) => {
      const v = datasets.resolveVersion(versionId);
      const items = queue.next(v, annotator, order, limit, exclude);
      return { items, ...queue.counts(v, annotator) };
    },
    'labels.submit': ({ versionId, rowId, label, annotator }) => {
      const v = datasets.resolveVersion(versionId);
      requireRow(v, rowId);
      checkLabel(v.datasetId, label);
      const record = labels.submit(v.datasetId, rowId, label, annotator);
      queue.noteLabel(v.datasetId, rowId, annotator, true);
      return { record, ...queue.counts(v, annotator) };
    },
    'labels.undo': ({ versionId, annotator }) => {
      const v = datasets.resolveVersion(versionId);
      const undone = labels.undo(v.datasetId, annotator);
      if (undone) {
        const stillLabeled = labels.labeledBy(v.datasetId, annotator).includes(undone.rowId);
        queue.noteLabel(v.datasetId, undone.rowId, annotator, stillLabeled);
      }
      return { undone, item: undone ? queue.itemFor(v, undone.rowId) : null, ...queue.counts(v, annotator) };
    },
    'labels.resolve': ({ versionId, rowId, label, reviewer }) => {
      const v = datasets.resolveVersion(versionId);
      requireRow(v, rowId);
      checkLabel(v.datasetId, label);
      return labels.resolve(v.datasetId, rowId, label, reviewer);
    },
    'labels.importColumn': ({ versionId, column, annotator }) => {
      const v = datasets.resolveVersion(versionId);
      const col = v.columns.find((c) => c.name === column);
      if (!col)
        throw new AppError(
          'invalid_input',
          `No column "${column}". Columns: ${v.columns.map((c) => c.name).join(', ')}.`,
        );
      if (col.type === 'float' || col.type === 'datetime') {
        throw new AppError(
          'invalid_input',
          `Column "${column}" is ${col.type}; labels come from a categorical, boolean, integer or text column.`,
        );
      }
      const data = columns.getColumn(col.blob);
      const rowIds = columns.getInt32(v.rowIdsBlob);
      const who = annotator ?? `import:${column}`;
      const pairs: [number, string][] = [];
      let skipped = 0;
      for (let i = 0; i < v.rows; i++) {
        const cell = cellAt({ type: col.type, data }, i);
        if (cell === null || cell === '') skipped++;
        else pairs.push([rowIds[i] as number, String(cell)]);
      }
      const imported = labels.submitMany(v.datasetId, pairs, who);
      queue.invalidate(v.datasetId);
      return { imported, skippedMissing: skipped, annotator: who };
    },
    'labels.stats': ({ versionId }) => {
      const v = datasets.resolveVersion(versionId);
      return labels.stats(v.datasetId, v.rows);
    },
    'labels.disagreements': ({ versionId, limit, offset }) => {
      const v = datasets.resolveVersion(versionId);
      const rowIds = columns.getInt32(v.rowIdsBlob);
      return labels.disagreements(v.datasetId, limit, offset).map((d) => {
        const idx = indexOfRowId(rowIds, d.rowId);
        return { ...d, values: idx >= 0 ? valuesAt(v, idx) : {} };
      });
    },
    'labels.history': ({ versionId, rowId }) => {
      const v = datasets.resolveVersion(versionId);
      return labels.history(v.datasetId, rowId);
    },
  };
}
