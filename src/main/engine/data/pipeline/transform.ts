import type { FeaturePipeline, FittedFeature } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { Table, TableColumn } from '../table/types.js';
import { textReader } from './column-text.js';
import { encodeBoolean, encodeCategorical, encodeDatetime, encodeNumeric } from './encode.js';
import { featureOffsets } from './layout.js';
import { FieldReader } from './read-record.js';
import { tokenIndex, writeTokenIds } from './tokenize.js';

export interface TransformOutput {
  /** rowCount × denseWidth, row-major; never NaN or ±Infinity. */
  dense: Float32Array;
  /** Per text feature: rowCount × maxLength token ids (0 pad, 1 unknown, vocabulary[i] → i + 2). */
  tokens: Record<string, Int32Array>;
  /** Class index or standardised value per row; NaN where missing (or a class not seen in train). Null without a target. */
  target: Float32Array | null;
  rowCount: number;
}

type Target = NonNullable<FeaturePipeline['target']>;

function lookup(values: readonly string[]): Map<string, number> {
  return new Map(values.map((v, i) => [v, i]));
}

function numberColumn(col: TableColumn, f: FittedFeature): Float64Array {
  if (col.data.storage !== 'number') {
    throw new AppError(
      'invalid_input',
      `Column "${col.name}" is ${col.type}, but the pipeline expects a ${f.kind} column there.`,
    );
  }
  return col.data.values;
}

/** Category slot per row reader: vocabulary index, vocabulary.length when unknown, -1 when missing. */
function slotReader(col: TableColumn, vocabulary: readonly string[]): (i: number) => number {
  const index = lookup(vocabulary);
  const unknown = vocabulary.length;
  const d = col.data;
  if (d.storage === 'dict') {
    const byCode = Int32Array.from(d.dictionary, (s) => index.get(s) ?? unknown);
    return (i) => {
      const c = d.codes[i] as number;
      return c < 0 ? -1 : (byCode[c] as number);
    };
  }
  const read = textReader(col);
  return (i) => {
    const s = read(i);
    return s === null ? -1 : (index.get(s) ?? unknown);
  };
}

function tableTarget(t: Target, col: TableColumn, idx: Int32Array): Float32Array {
  const out = new Float32Array(idx.length);
  if (t.classes) {
    const read = slotReader(col, t.classes);
    const unknown = t.classes.length;
    for (let j = 0; j < idx.length; j++) {
      const s = read(idx[j] as number);
      out[j] = s < 0 || s === unknown ? Number.NaN : s;
    }
    return out;
  }
  if (col.data.storage !== 'number')
    throw new AppError(
      'invalid_input',
      `The target "${col.name}" must be numeric for a regression pipeline.`,
    );
  const v = col.data.values;
  for (let j = 0; j < idx.length; j++) {
    const y = v[idx[j] as number] as number;
    out[j] = Number.isFinite(y) ? (y - t.center) / t.scale : Number.NaN;
  }
  return out;
}

/** Writes rows [j0, j1) of the selection for one feature. */
type BlockWriter = (j0: number, j1: number) => void;

/** Rows per block: about 1 MB of dense output, so every feature's pass over a block stays in cache. */
function blockRows(width: number): number {
  return Math.max(64, Math.floor((1 << 20) / Math.max(1, width * 4)));
}

interface BlockTarget {
  dense: Float32Array;
  width: number;
  idx: Int32Array;
  tokens: Record<string, Int32Array>;
}

/** The writer of one feature's slots (offset `off`) for blocks of the selected rows. */
function blockWriter(f: FittedFeature, col: TableColumn, off: number, out: BlockTarget): BlockWriter {
  const { dense, width, idx } = out;
  switch (f.kind) {
    case 'numeric': {
      const v = numberColumn(col, f);
      return (j0, j1) => {
        for (let j = j0; j < j1; j++) encodeNumeric(f, dense, j * width + off, v[idx[j] as number] as number);
      };
    }
    case 'boolean': {
      const v = numberColumn(col, f);
      return (j0, j1) => {
        for (let j = j0; j < j1; j++) encodeBoolean(f, dense, j * width + off, v[idx[j] as number] as number);
      };
    }
    case 'datetime': {
      const v = numberColumn(col, f);
      return (j0, j1) => {
        for (let j = j0; j < j1; j++)
          encodeDatetime(f, dense, j * width + off, v[idx[j] as number] as number);
      };
    }
    case 'categorical': {
      const slot = slotReader(col, f.vocabulary);
      return (j0, j1) => {
        for (let j = j0; j < j1; j++) encodeCategorical(f, dense, j * width + off, slot(idx[j] as number));
      };
    }
    case 'text': {
      const ids = new Int32Array(idx.length * f.maxLength);
      const index = tokenIndex(f.vocabulary);
      const read = textReader(col);
      out.tokens[f.column] = ids;
      return (j0, j1) => {
        for (let j = j0; j < j1; j++)
          writeTokenIds(read(idx[j] as number), index, f.lowercase, ids, j * f.maxLength, f.maxLength);
      };
    }
  }
}

/**
 * Dense rows, token ids and target for the selected rows (all rows when `rows` is null), in their
 * order. Rows are processed in cache-sized blocks. For training, call it per mini-batch (a few
 * thousand rows): the whole table at once allocates rows × denseWidth floats in one array.
 */
export function transformTable(
  pipeline: FeaturePipeline,
  table: Table,
  rows: Int32Array | null = null,
): TransformOutput {
  const idx = rows ?? Int32Array.from({ length: table.rowCount }, (_, i) => i);
  const n = idx.length;
  const width = pipeline.denseWidth;
  const { offsets } = featureOffsets(pipeline.features);
  const out: BlockTarget = { dense: new Float32Array(n * width), width, idx, tokens: {} };
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const writers = pipeline.features.map((f, k) => {
    const col = byName.get(f.column);
    if (!col)
      throw new AppError(
        'invalid_input',
        `The data has no column "${f.column}", which the feature pipeline needs.`,
      );
    return blockWriter(f, col, offsets[k] as number, out);
  });
  const step = blockRows(width);
  for (let j0 = 0; j0 < n; j0 += step) {
    const j1 = Math.min(n, j0 + step);
    for (const write of writers) write(j0, j1);
  }
  const t = pipeline.target;
  const targetCol = t ? byName.get(t.column) : undefined;
  return {
    dense: out.dense,
    tokens: out.tokens,
    target: t && targetCol ? tableTarget(t, targetCol, idx) : null,
    rowCount: n,
  };
}

/**
 * The same output for raw JSON rows (numbers, strings, booleans, null/undefined = missing, datetimes
 * as ISO strings or epoch ms). Unknown categories go to the unknown bucket; values that cannot be
 * the feature's type are refused with AppError('invalid_input') naming the record and field.
 */
export function transformRecords(
  pipeline: FeaturePipeline,
  records: readonly Record<string, unknown>[],
): TransformOutput {
  if (!Array.isArray(records))
    throw new AppError('invalid_input', 'Expected a list of records (objects of field → value).');
  const n = records.length;
  const width = pipeline.denseWidth;
  const { offsets } = featureOffsets(pipeline.features);
  const dense = new Float32Array(n * width);
  const tokens: Record<string, Int32Array> = {};
  const vocab = pipeline.features.map((f) =>
    f.kind === 'categorical' ? lookup(f.vocabulary) : f.kind === 'text' ? tokenIndex(f.vocabulary) : null,
  );
  for (const f of pipeline.features)
    if (f.kind === 'text') tokens[f.column] = new Int32Array(n * f.maxLength);
  const t = pipeline.target;
  const classes = t?.classes ? lookup(t.classes) : null;
  const target = t ? new Float32Array(n) : null;
  for (let j = 0; j < n; j++) {
    const rec = records[j];
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
      throw new AppError('invalid_input', `record ${j} is not an object of field → value.`);
    }
    pipeline.features.forEach((f, k) => {
      const r = new FieldReader(j, f.column);
      const v = rec[f.column];
      const at = j * width + (offsets[k] as number);
      switch (f.kind) {
        case 'numeric':
          encodeNumeric(f, dense, at, r.number(v));
          break;
        case 'boolean':
          encodeBoolean(f, dense, at, r.boolean(v));
          break;
        case 'datetime':
          encodeDatetime(f, dense, at, r.datetime(v));
          break;
        case 'categorical': {
          const s = r.text(v);
          encodeCategorical(
            f,
            dense,
            at,
            s === null ? -1 : ((vocab[k] as Map<string, number>).get(s) ?? f.vocabulary.length),
          );
          break;
        }
        case 'text':
          writeTokenIds(
            r.text(v),
            vocab[k] as Map<string, number>,
            f.lowercase,
            tokens[f.column] as Int32Array,
            j * f.maxLength,
            f.maxLength,
          );
          break;
      }
    });
    if (t && target) {
      const r = new FieldReader(j, t.column);
      if (classes) {
        const s = r.text(rec[t.column]);
        target[j] = s === null ? Number.NaN : (classes.get(s) ?? Number.NaN);
      } else {
        const y = r.number(rec[t.column]);
        target[j] = Number.isFinite(y) ? (y - t.center) / t.scale : Number.NaN;
      }
    }
  }
  return { dense, tokens, target, rowCount: n };
}
