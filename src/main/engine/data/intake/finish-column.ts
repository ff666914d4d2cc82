/**
 * From a column builder to the stored column: decide the type (inference, then any override),
 * convert the values, and record the evidence (raw kinds seen, missing count, first offenders).
 */
import type { ColumnType, InferenceEvidence } from '../../../../shared/data.js';
import type { ColumnData, TableColumn } from '../table/types.js';
import type { Offender } from './builder-common.js';
import type { ByteDict } from './byte-dict.js';
import {
  countKind,
  decideKind,
  decideType,
  emptyCounts,
  type KindCounts,
  nonMissing,
  type TextStats,
} from './infer-type.js';
import { MAX_OFFENDERS } from './limits.js';
import type { NumberBuilder } from './number-builder.js';
import type { StringBuilder } from './string-builder.js';
import { textFromDict, textFromNumbers } from './text-column.js';
import { decodeUtf8 } from './utf8.js';
import {
  booleanWord,
  classify,
  K_BOOL,
  K_DATETIME,
  K_FLOAT,
  K_INT,
  K_MISSING,
  K_STRING,
  K_ZEROPAD,
  type Kind,
  parsed,
} from './value-parse.js';

export interface FinishedColumn {
  column: TableColumn;
  inferred: ColumnType;
  evidence: InferenceEvidence;
  /** Values that did not fit the type and became missing. */
  offenderCount: number;
}

function evidenceOf(c: KindCounts, offenders: Offender[]): InferenceEvidence {
  return {
    integer: c.int,
    float: c.float,
    boolean: c.bool,
    datetime: c.datetime,
    string: c.string + c.zeropad,
    missing: c.missing,
    offenders: offenders.slice(0, MAX_OFFENDERS),
  };
}

/**
 * The number a value of this kind becomes in a number-stored column of `type`, or NaN when it does
 * not fit (an offender). `value` is the parsed value of the kind.
 */
function numberFor(type: ColumnType, kind: Kind, value: number, text: () => string): number {
  switch (type) {
    case 'integer':
      if (kind === K_INT) return value;
      if (kind === K_FLOAT && Number.isInteger(value)) return value;
      if (kind === K_ZEROPAD) return Number(text());
      return Number.NaN;
    case 'float':
      if (kind === K_INT || kind === K_FLOAT) return value;
      if (kind === K_ZEROPAD) return Number(text());
      return Number.NaN;
    case 'boolean': {
      if (kind === K_BOOL) return value;
      if (kind === K_INT && (value === 0 || value === 1)) return value;
      const word = kind === K_STRING ? booleanWord(text()) : -1;
      return word >= 0 ? word : Number.NaN;
    }
    case 'datetime':
      return kind === K_DATETIME ? value : Number.NaN;
    default:
      return Number.NaN;
  }
}

function isNumberStored(t: ColumnType): boolean {
  return t === 'integer' || t === 'float' || t === 'boolean' || t === 'datetime';
}

function fitted<T extends Float64Array | Int32Array>(a: T, n: number): T {
  return (a.length > n * 1.25 + 1024 ? a.slice(0, n) : a.subarray(0, n)) as T;
}

/** Integer columns whose values run 0,1,2,… (or k, k+1, …) with nothing missing are row ids. */
function isSequence(values: Float64Array, n: number): boolean {
  if (n < 20) return false;
  const first = values[0] as number;
  for (let i = 0; i < n; i++) if (values[i] !== first + i) return false;
  return true;
}

/**
 * Finish a speculative numeric/datetime column. Returns null when the values call for another
 * reading (mostly text, or an override that needs the text): the caller reads the column again as text.
 */
export function finishNumber(
  b: NumberBuilder,
  name: string,
  forced: ColumnType | undefined,
): FinishedColumn | null {
  const counts = emptyCounts();
  counts.int = b.nInt;
  counts.float = b.nFloat;
  counts.datetime = b.nDatetime;
  counts.missing = b.nMissing;
  const others = b.others;
  for (let i = 0; i < others.size; i++) {
    countKind(counts, classify(others.pool, others.start(i), others.end(i)), others.counts[i] as number);
  }
  const kind = decideKind(counts);
  if (kind === 'text-like' || kind === 'boolean') return null;
  if (b.mode === 'number' ? kind === 'datetime' : kind === 'integer' || kind === 'float') return null;
  if (forced && !(b.mode === 'number' ? forced === 'integer' || forced === 'float' : forced === 'datetime')) {
    return null;
  }
  const n = b.length;
  const values = fitted(b.values, n);
  let inferred: ColumnType = kind === 'empty' ? 'categorical' : kind;
  if (inferred === 'integer' && counts.missing === 0 && b.otherCount === 0 && isSequence(values, n)) {
    inferred = 'identifier';
  }
  const type = forced ?? inferred;
  const offenders = [...b.offenders];
  let offenderCount = b.otherCount;
  if (type === 'integer' && counts.float > 0) {
    for (let i = 0; i < n; i++) {
      const v = values[i] as number;
      if (!Number.isNaN(v) && !Number.isInteger(v)) {
        if (offenders.length < MAX_OFFENDERS * 2) offenders.push({ row: i + 1, value: String(v) });
        values[i] = Number.NaN;
        offenderCount++;
      }
    }
    offenders.sort((x, y) => x.row - y.row);
  }
  let data: ColumnData;
  if (type === 'identifier') data = textFromNumbers(values, n);
  else if (type === 'categorical')
    data = { storage: 'dict', codes: new Int32Array(n).fill(-1), dictionary: [] };
  else data = { storage: 'number', values };
  return {
    column: { name, type, data },
    inferred,
    evidence: evidenceOf(counts, offenders),
    offenderCount,
  };
}

function textStats(dict: ByteDict, kinds: Uint8Array, nonMissingCount: number): TextStats {
  let distinct = 0;
  let bytes = 0;
  let maxBytes = 0;
  let spaced = 0;
  const pool = dict.pool;
  for (let i = 0; i < dict.size; i++) {
    if (kinds[i] === K_MISSING) continue;
    distinct++;
    const s = dict.start(i);
    const e = dict.end(i);
    const count = dict.counts[i] as number;
    bytes += (e - s) * count;
    if (e - s > maxBytes) maxBytes = e - s;
    for (let p = s; p < e; p++) {
      if (pool[p] === 32) {
        spaced += count;
        break;
      }
    }
  }
  return {
    distinct,
    meanBytes: nonMissingCount > 0 ? bytes / nonMissingCount : 0,
    maxBytes,
    spaceShare: nonMissingCount > 0 ? spaced / nonMissingCount : 0,
  };
}

/** Finish a text-read column: every type can be made from its distinct values. */
export function finishString(b: StringBuilder, name: string, forced: ColumnType | undefined): FinishedColumn {
  const dict = b.dict;
  const m = dict.size;
  const kinds = new Uint8Array(m);
  const parsedValues = new Float64Array(m);
  const counts = emptyCounts();
  for (let i = 0; i < m; i++) {
    const k = classify(dict.pool, dict.start(i), dict.end(i));
    kinds[i] = k;
    parsedValues[i] = parsed.value;
    countKind(counts, k, dict.counts[i] as number);
  }
  const nm = nonMissing(counts);
  const inferred = decideType(counts, textStats(dict, kinds, nm));
  const type = forced ?? inferred;
  const n = b.length;
  const codes = b.codes;
  // Per distinct value: does it fit `type` (offending values become missing)?
  const offending = new Uint8Array(m);
  let anyOffending = false;
  let data: ColumnData;
  if (isNumberStored(type)) {
    const entryValue = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const k = kinds[i] as Kind;
      if (k === K_MISSING) {
        entryValue[i] = Number.NaN;
        continue;
      }
      const v = numberFor(type, k, parsedValues[i] as number, () =>
        decodeUtf8(dict.pool, dict.start(i), dict.end(i)),
      );
      entryValue[i] = v;
      if (Number.isNaN(v)) {
        offending[i] = 1;
        anyOffending = true;
      }
    }
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = entryValue[codes[i] as number] as number;
    data = { storage: 'number', values };
  } else if (type === 'categorical') {
    const remap = new Int32Array(m);
    const dictionary: string[] = [];
    for (let i = 0; i < m; i++) {
      if (kinds[i] === K_MISSING) {
        remap[i] = -1;
      } else {
        remap[i] = dictionary.length;
        dictionary.push(decodeUtf8(dict.pool, dict.start(i), dict.end(i)));
      }
    }
    const out = fitted(codes, n);
    for (let i = 0; i < n; i++) out[i] = remap[out[i] as number] as number;
    data = { storage: 'dict', codes: out, dictionary };
  } else {
    const missingEntry = new Uint8Array(m);
    for (let i = 0; i < m; i++) missingEntry[i] = kinds[i] === K_MISSING ? 1 : 0;
    data = textFromDict(dict, codes, n, missingEntry);
  }
  const offenders: Offender[] = [];
  let offenderCount = 0;
  if (anyOffending) {
    for (let i = 0; i < n; i++) {
      const c = codes[i] as number;
      if (offending[c] !== 1) continue;
      offenderCount++;
      if (offenders.length < MAX_OFFENDERS) {
        offenders.push({ row: i + 1, value: decodeUtf8(dict.pool, dict.start(c), dict.end(c)) });
      }
    }
  }
  return { column: { name, type, data }, inferred, evidence: evidenceOf(counts, offenders), offenderCount };
}
