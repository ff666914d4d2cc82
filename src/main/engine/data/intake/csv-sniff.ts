/**
 * What the first rows of a delimited file tell: the delimiter, whether the first row is a header,
 * and each column's likely type (which decides how the main pass reads it).
 */
import { unescaped, unescapeQuotes } from './builder-common.js';
import { FieldBatch, type TokenizerState, tokenize } from './csv-tokenizer.js';
import { countKind, decideKind, emptyCounts, type KindCounts } from './infer-type.js';
import { decodeUtf8 } from './utf8.js';
import {
  classify,
  K_DATETIME,
  K_FLOAT,
  K_INT,
  K_MISSING,
  K_STRING,
  K_ZEROPAD,
  type Kind,
} from './value-parse.js';

export const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * The candidate that splits the first rows into the same number (> 1) of fields most consistently
 * (ties: more fields, then the order , tab ; |). `preferTab` (a .tsv file) wins ties for tab.
 * Falls back to ',' (one column).
 */
export function detectDelimiter(
  buf: Uint8Array,
  start: number,
  end: number,
  eof: boolean,
  preferTab: boolean,
): string {
  let best = preferTab ? '\t' : ',';
  let bestScore = -1;
  const batch = new FieldBatch(1 << 14, 64);
  const order = preferTab ? ['\t', ',', ';', '|'] : [...DELIMITERS];
  for (const d of order) {
    const st: TokenizerState = {
      line: 1,
      incomplete: false,
      partialFieldStart: 0,
      partialColumn: 0,
      partialLine: 1,
    };
    try {
      tokenize(buf, start, end, eof, d.charCodeAt(0), batch, 50, st);
    } catch {
      continue;
    }
    if (batch.rows === 0) continue;
    const freq = new Map<number, number>();
    for (let r = 0; r < batch.rows; r++) {
      const c = batch.fieldCount(r);
      freq.set(c, (freq.get(c) ?? 0) + 1);
    }
    let mode = 0;
    let modeCount = 0;
    for (const [c, f] of freq) {
      if (f > modeCount || (f === modeCount && c > mode)) {
        mode = c;
        modeCount = f;
      }
    }
    if (mode < 2) continue;
    // Consistency first (scaled to whole percents), then the field count.
    const score = Math.floor((100 * modeCount) / batch.rows) * 100_000 + Math.min(mode, 99_999);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** A field's bytes, unescaped when it held doubled quotes. */
export function fieldBytes(b: FieldBatch, k: number): { buf: Uint8Array; s: number; e: number } {
  const s = b.starts[k] as number;
  const e = b.ends[k] as number;
  if (b.flags[k] !== 1) return { buf: b.buf, s, e };
  const n = unescapeQuotes(b.buf, s, e);
  return { buf: unescaped().slice(0, n), s: 0, e: n };
}

export function fieldText(b: FieldBatch, k: number): string {
  const f = fieldBytes(b, k);
  return decodeUtf8(f.buf, f.s, f.e);
}

export interface SampleColumns {
  /** Kinds of the values after the first row. */
  counts: KindCounts[];
  /** Kind of each first-row value. */
  firstKinds: Kind[];
  firstText: string[];
  /** Whether the first row's value recurs below it in its column. */
  firstRecurs: boolean[];
}

/** Looks at rows [0, rows) of a sample batch whose rows all have `ncols` fields. */
export function analyzeSample(b: FieldBatch, ncols: number, rows: number): SampleColumns {
  const counts: KindCounts[] = [];
  const firstKinds: Kind[] = [];
  const firstText: string[] = [];
  const firstRecurs: boolean[] = [];
  for (let j = 0; j < ncols; j++) {
    const c = emptyCounts();
    const head = fieldBytes(b, j);
    const headBytes = head.buf.subarray(head.s, head.e);
    firstKinds.push(classify(head.buf, head.s, head.e));
    firstText.push(decodeUtf8(head.buf, head.s, head.e));
    let recurs = false;
    for (let r = 1; r < rows; r++) {
      const f = fieldBytes(b, r * ncols + j);
      countKind(c, classify(f.buf, f.s, f.e), 1);
      if (
        !recurs &&
        f.e - f.s === headBytes.length &&
        Buffer.compare(f.buf.subarray(f.s, f.e), headBytes) === 0
      ) {
        recurs = true;
      }
    }
    counts.push(c);
    firstRecurs.push(recurs);
  }
  return { counts, firstKinds, firstText, firstRecurs };
}

/**
 * Is the first row a header? Not when it holds a number or date. Yes when some column is numeric,
 * boolean or a date below a text first row. For all-text columns: yes when no first-row value
 * recurs in its column.
 */
export function looksLikeHeader(s: SampleColumns, rows: number): boolean {
  const dataLike = (k: Kind) => k === K_INT || k === K_FLOAT || k === K_DATETIME || k === K_ZEROPAD;
  if (s.firstKinds.some(dataLike)) return false;
  if (rows <= 1) return s.firstKinds.some((k) => k === K_STRING);
  for (let j = 0; j < s.counts.length; j++) {
    const below = decideKind(s.counts[j] as (typeof s.counts)[number]);
    const first = s.firstKinds[j];
    if ((below === 'integer' || below === 'float' || below === 'datetime') && first !== K_MISSING)
      return true;
    if (below === 'boolean' && first === K_STRING) return true;
  }
  return s.firstText.some((t) => t !== '') && s.firstRecurs.every((r, j) => !r || s.firstText[j] === '');
}

/** How the main pass reads a column: parse numbers or dates from bytes, or keep the text. */
export type ReadHint = 'number' | 'datetime' | 'string';

export function hintFor(c: KindCounts): ReadHint {
  const k = decideKind(c);
  if (k === 'integer' || k === 'float') return 'number';
  if (k === 'datetime') return 'datetime';
  return 'string';
}
