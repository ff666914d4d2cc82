/**
 * A column read speculatively as numbers (or datetimes): values are parsed straight from the
 * bytes into a Float64Array. Values of other kinds become NaN and are kept aside (distinct values
 * with counts, the first few with their rows) so inference can weigh them; when they grow past
 * 5 % the builder gives up (Demote) and the column is read again as text.
 */
import { BadUtf8, Demote, growFloat64, type Offender, unescaped, unescapeQuotes } from './builder-common.js';
import { ByteDict } from './byte-dict.js';
import type { FieldBatch } from './csv-tokenizer.js';
import { MAJORITY_SHARE, MAX_OFFENDERS } from './limits.js';
import { decodeUtf8, invalidUtf8At, isAscii } from './utf8.js';
import {
  classify,
  K_DATETIME,
  K_FLOAT,
  K_INT,
  K_MISSING,
  POW10,
  parseDatetime,
  parsed,
} from './value-parse.js';

const ZERO = 48;
const DOT = 46;
const MINUS = 45;
/** Give up on the numeric reading once this many values (and more than 5 %) are of another kind. */
const DEMOTE_AFTER = 1000;

export class NumberBuilder {
  values: Float64Array;
  length = 0;
  nInt = 0;
  nFloat = 0;
  nDatetime = 0;
  nMissing = 0;
  /** Distinct values of other kinds (with counts). */
  readonly others = new ByteDict();
  otherCount = 0;
  /** The first few values of other kinds, in row order. */
  readonly offenders: Offender[] = [];

  constructor(
    readonly mode: 'number' | 'datetime',
    readonly column: number,
    capacity: number | Float64Array,
  ) {
    this.values = typeof capacity === 'number' ? new Float64Array(capacity) : capacity;
  }

  addBatch(b: FieldBatch, col: number, ncols: number, fromRow: number, rowBase: number): void {
    if (this.mode === 'datetime') {
      this.addDatetimes(b, col, ncols, fromRow, rowBase);
      return;
    }
    const rows = b.rows;
    const buf = b.buf;
    const starts = b.starts;
    const ends = b.ends;
    const flags = b.flags;
    let values = growFloat64(this.values, this.length + rows - fromRow);
    this.values = values;
    let n = this.length;
    let nInt = 0;
    let nFloat = 0;
    for (let r = fromRow, k = fromRow * ncols + col; r < rows; r++, k += ncols) {
      const s = starts[k] as number;
      const e = ends[k] as number;
      if (flags[k] === 0) {
        let p = s;
        const neg = buf[p] === MINUS;
        if (neg) p++;
        const ds = p;
        let m = 0;
        while (p < e) {
          const d = (buf[p] as number) - ZERO;
          if (d < 0 || d > 9) break;
          m = m * 10 + d;
          p++;
        }
        const nd = p - ds;
        if (p === e) {
          if (nd > 0 && nd <= 15 && (nd === 1 || buf[ds] !== ZERO)) {
            values[n++] = neg ? -m : m;
            nInt++;
            continue;
          }
        } else if (buf[p] === DOT) {
          p++;
          const fs = p;
          while (p < e) {
            const d = (buf[p] as number) - ZERO;
            if (d < 0 || d > 9) break;
            m = m * 10 + d;
            p++;
          }
          const nf = p - fs;
          if (p === e && nd + nf > 0 && nd + nf <= 15 && (nd <= 1 || buf[ds] !== ZERO)) {
            const v = m / (POW10[nf] as number);
            values[n++] = neg ? -v : v;
            nFloat++;
            continue;
          }
        }
      }
      this.nInt += nInt;
      this.nFloat += nFloat;
      nInt = 0;
      nFloat = 0;
      this.length = n;
      this.slow(b, r, s, e, flags[k] === 1, rowBase + r - fromRow);
      values = this.values;
      n = this.length;
    }
    this.nInt += nInt;
    this.nFloat += nFloat;
    this.length = n;
  }

  private addDatetimes(b: FieldBatch, col: number, ncols: number, fromRow: number, rowBase: number): void {
    const { rows, buf, starts, ends, flags } = b;
    this.values = growFloat64(this.values, this.length + rows - fromRow);
    for (let r = fromRow, k = fromRow * ncols + col; r < rows; r++, k += ncols) {
      const s = starts[k] as number;
      const e = ends[k] as number;
      const t = flags[k] === 0 ? parseDatetime(buf, s, e) : Number.NaN;
      if (!Number.isNaN(t)) {
        this.values[this.length++] = t;
        this.nDatetime++;
      } else {
        this.slow(b, r, s, e, flags[k] === 1, rowBase + r - fromRow);
      }
    }
  }

  /** Any value the fast path did not take. */
  private slow(b: FieldBatch, r: number, s: number, e: number, escaped: boolean, dataRow: number): void {
    let buf = b.buf;
    const at = b.fileOffset + s;
    if (escaped) {
      const len = unescapeQuotes(buf, s, e);
      buf = unescaped();
      s = 0;
      e = len;
    }
    const idx = this.others.size;
    this.addRaw(buf, s, e, dataRow);
    if (this.others.size > idx && !isAscii(buf, s, e)) {
      const bad = invalidUtf8At(buf, s, e);
      if (bad >= 0) throw new BadUtf8(b.rowLine[r] as number, at + bad - s);
    }
  }

  /** One value from bytes (any kind); the next row. */
  addRaw(buf: Uint8Array, s: number, e: number, dataRow = this.length): void {
    const kind = classify(buf, s, e);
    this.values = growFloat64(this.values, this.length + 1);
    if (kind === K_MISSING) {
      this.nMissing++;
      this.values[this.length++] = Number.NaN;
      return;
    }
    if (this.mode === 'number' ? kind === K_INT || kind === K_FLOAT : kind === K_DATETIME) {
      this.values[this.length++] = parsed.value;
      if (kind === K_INT) this.nInt++;
      else if (kind === K_FLOAT) this.nFloat++;
      else this.nDatetime++;
      return;
    }
    this.values[this.length++] = Number.NaN;
    this.others.add(buf, s, e, dataRow);
    this.otherCount++;
    if (this.offenders.length < MAX_OFFENDERS)
      this.offenders.push({ row: dataRow + 1, value: decodeUtf8(buf, s, e) });
    if (
      this.otherCount > DEMOTE_AFTER &&
      this.otherCount > (1 - MAJORITY_SHARE) * (this.length - this.nMissing)
    ) {
      throw new Demote(this.column);
    }
  }

  /** A number from JSON (no text involved). */
  addNumber(v: number): void {
    if (this.mode === 'datetime') {
      const text = Buffer.from(String(v), 'latin1');
      this.addRaw(text, 0, text.length);
      return;
    }
    this.values = growFloat64(this.values, this.length + 1);
    this.values[this.length++] = v;
    if (Number.isSafeInteger(v)) this.nInt++;
    else this.nFloat++;
  }

  addMissing(): void {
    this.values = growFloat64(this.values, this.length + 1);
    this.values[this.length++] = Number.NaN;
    this.nMissing++;
  }

  padTo(n: number): void {
    while (this.length < n) this.addMissing();
  }
}
