/**
 * The byte-level CSV tokenizer (RFC 4180): splits a buffer into rows of field ranges without making
 * strings. Quoted fields may hold delimiters, newlines and doubled quotes; unquoted fields are
 * trimmed of surrounding spaces. Only whole rows are emitted: a row cut by the end of the buffer is
 * left for the next call, after more bytes are read.
 */
import { MAX_FIELD_BYTES } from './limits.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;

/** Field ranges of whole rows, column-major friendly: row r's fields start at rowStart[r]. */
export class FieldBatch {
  buf: Uint8Array = new Uint8Array(0);
  /** File offset of buf[0] (for error messages). */
  fileOffset = 0;
  rows = 0;
  /** Start and end (exclusive) of each field in buf; quotes excluded. */
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when a quoted field holds doubled quotes ("") that must be unescaped. */
  flags: Uint8Array;
  /** Index of the first field of each row (rows + 1 entries). */
  rowStart: Int32Array;
  /** The 1-based file line where each row starts. */
  rowLine: Int32Array;

  constructor(fieldCapacity = 1 << 18, rowCapacity = 1 << 16) {
    this.starts = new Int32Array(fieldCapacity);
    this.ends = new Int32Array(fieldCapacity);
    this.flags = new Uint8Array(fieldCapacity);
    this.rowStart = new Int32Array(rowCapacity + 1);
    this.rowLine = new Int32Array(rowCapacity);
  }

  get rowCapacity(): number {
    return this.rowLine.length;
  }

  fieldCount(r: number): number {
    return (this.rowStart[r + 1] as number) - (this.rowStart[r] as number);
  }

  growFields(): void {
    const n = this.starts.length * 2;
    const s = new Int32Array(n);
    s.set(this.starts);
    const e = new Int32Array(n);
    e.set(this.ends);
    const f = new Uint8Array(n);
    f.set(this.flags);
    this.starts = s;
    this.ends = e;
    this.flags = f;
  }
}

/** Where a tokenize call stopped. */
export interface TokenizerState {
  /** The line number at `pos`. */
  line: number;
  /** True when the bytes ended inside a row (more must be read). */
  incomplete: boolean;
  /** For an incomplete row: where its last (cut) field starts, and that field's 0-based column. */
  partialFieldStart: number;
  partialColumn: number;
  partialLine: number;
}

export type TokenizerFailure =
  | { kind: 'unterminated'; line: number; column: number }
  | { kind: 'after_quote'; line: number; column: number }
  | { kind: 'field_too_large'; line: number; column: number; bytes: number };

export class TokenizerError extends Error {
  constructor(readonly failure: TokenizerFailure) {
    super(failure.kind);
  }
}

/**
 * Tokenizes whole rows of buf[pos, end) into `batch` (at most `maxRows`, and stops early when the
 * field arrays are nearly full). `eof` says the bytes end at the end of the file. Returns the
 * position after the last whole row; `st.incomplete` tells whether a cut row remains there.
 * Blank lines are skipped.
 */
export function tokenize(
  buf: Uint8Array,
  pos: number,
  end: number,
  eof: boolean,
  delim: number,
  batch: FieldBatch,
  maxRows: number,
  st: TokenizerState,
): number {
  let line = st.line;
  let i = pos;
  let k = 0;
  let r = 0;
  let rowBegin = pos;
  let rowLine = line;
  let k0 = 0;
  let incomplete = false;
  let starts = batch.starts;
  let ends = batch.ends;
  let flags = batch.flags;
  const rowStart = batch.rowStart;
  const rowLines = batch.rowLine;
  const rowLimit = Math.min(maxRows, batch.rowCapacity);
  const softLimit = starts.length >> 1;
  let partialStart = 0;
  rows: while (i < end && r < rowLimit && k < softLimit) {
    let c = buf[i] as number;
    if (c === LF) {
      i++;
      line++;
      continue;
    }
    if (c === CR) {
      if (i + 1 < end) {
        i += buf[i + 1] === LF ? 2 : 1;
      } else if (eof) {
        i++;
      } else {
        rowBegin = i;
        rowLine = line;
        k0 = k;
        incomplete = true;
        break;
      }
      line++;
      continue;
    }
    rowBegin = i;
    rowLine = line;
    k0 = k;
    for (;;) {
      while (i < end && buf[i] === SPACE) i++;
      let fs = i;
      let fe: number;
      let flag = 0;
      partialStart = fs;
      if (i < end && buf[i] === QUOTE) {
        const openLine = line;
        i++;
        fs = i;
        for (;;) {
          while (i < end) {
            c = buf[i] as number;
            if (c === QUOTE) break;
            if (c === LF) line++;
            i++;
          }
          if (i >= end) {
            if (eof) throw new TokenizerError({ kind: 'unterminated', line: openLine, column: k - k0 });
            incomplete = true;
            break rows;
          }
          if (i + 1 < end) {
            if (buf[i + 1] === QUOTE) {
              flag = 1;
              i += 2;
              continue;
            }
          } else if (!eof) {
            incomplete = true;
            break rows;
          }
          fe = i;
          i++;
          break;
        }
        while (i < end && buf[i] === SPACE) i++;
        if (i < end) {
          c = buf[i] as number;
          if (c !== delim && c !== LF && c !== CR) {
            throw new TokenizerError({ kind: 'after_quote', line, column: k - k0 });
          }
        } else if (!eof) {
          incomplete = true;
          break rows;
        }
      } else {
        while (i < end) {
          c = buf[i] as number;
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        if (i >= end && !eof) {
          incomplete = true;
          break rows;
        }
        fe = i;
        while (fe > fs && buf[fe - 1] === SPACE) fe--;
      }
      if (fe - fs > MAX_FIELD_BYTES) {
        throw new TokenizerError({ kind: 'field_too_large', line: rowLine, column: k - k0, bytes: fe - fs });
      }
      if (k >= starts.length) {
        batch.growFields();
        starts = batch.starts;
        ends = batch.ends;
        flags = batch.flags;
      }
      starts[k] = fs;
      ends[k] = fe;
      flags[k] = flag;
      k++;
      if (i >= end) break;
      c = buf[i] as number;
      if (c === delim) {
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 < end) {
          i += buf[i + 1] === LF ? 2 : 1;
        } else if (eof) {
          i++;
        } else {
          incomplete = true;
          break rows;
        }
      } else {
        i++;
      }
      line++;
      break;
    }
    rowStart[r] = k0;
    rowLines[r] = rowLine;
    r++;
  }
  if (incomplete) {
    st.partialFieldStart = partialStart;
    st.partialColumn = k - k0;
    st.partialLine = rowLine;
    i = rowBegin;
    line = rowLine;
    k = k0;
  }
  rowStart[r] = k;
  batch.rows = r;
  batch.buf = buf;
  st.line = line;
  st.incomplete = incomplete;
  return i;
}
