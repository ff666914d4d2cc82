/**
 * Reading one value straight from UTF-8 bytes, without making a string: missing-value tokens,
 * numbers (a fast exact path for plain decimals, Number() for the rest), booleans and ISO dates.
 */

/** Raw kinds of a value. ZEROPAD is an integer written with leading zeros ("02134"): text, not a number. */
export const K_MISSING = 0;
export const K_INT = 1;
export const K_FLOAT = 2;
export const K_BOOL = 3;
export const K_DATETIME = 4;
export const K_ZEROPAD = 5;
export const K_STRING = 6;
export type Kind = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The value of the last successful parse (numbers, booleans as 0/1, datetimes as epoch ms). */
export const parsed = { value: 0 };

export const POW10 = new Float64Array(23).map((_, i) => 10 ** i);

const ZERO = 48;
const DOT = 46;
const MINUS = 45;
const PLUS = 43;

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function at(buf: Uint8Array, i: number): number {
  return buf[i] as number;
}

const MISSING_TEXT = new Set(['', '?', 'na', 'n/a', 'nan', 'null']);

/** The same tokens as isMissingToken, for a string (raw JSON values at the inference port). */
export function isMissingText(v: string): boolean {
  return v.length <= 4 && MISSING_TEXT.has(v.toLowerCase());
}

/** '', '?', 'NA', 'N/A', 'NaN', 'null' (letters in any case). */
export function isMissingToken(buf: Uint8Array, s: number, e: number): boolean {
  const n = e - s;
  if (n === 0) return true;
  if (n > 4) return false;
  const a = lower(at(buf, s));
  if (n === 1) return a === 63; // ?
  const b = lower(at(buf, s + 1));
  if (n === 2) return a === 110 && b === 97; // na
  const c = lower(at(buf, s + 2));
  if (n === 3) return a === 110 && ((b === 47 && c === 97) || (b === 97 && c === 110)); // n/a, nan
  const d = lower(at(buf, s + 3));
  return a === 110 && b === 117 && c === 108 && d === 108; // null
}

/** 1 for true/yes/t/y, 0 for false/no/f/n (any case), -1 otherwise. */
export function parseBoolean(buf: Uint8Array, s: number, e: number): number {
  const n = e - s;
  if (n < 1 || n > 5) return -1;
  const a = lower(at(buf, s));
  if (n === 1) return a === 116 || a === 121 ? 1 : a === 102 || a === 110 ? 0 : -1;
  let word = '';
  for (let i = s; i < e; i++) word += String.fromCharCode(lower(at(buf, i)));
  if (word === 'true' || word === 'yes') return 1;
  if (word === 'false' || word === 'no') return 0;
  return -1;
}

function latin1(buf: Uint8Array, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) out += String.fromCharCode(at(buf, i));
  return out;
}

/**
 * A number in plain decimal or exponent notation ([+-]digits[.digits][e[+-]digits]). Returns its
 * kind (K_INT, K_FLOAT, K_ZEROPAD or K_STRING) and leaves the value in `parsed.value`.
 * Hex, "Infinity", thousands separators and the like are strings.
 */
export function parseNumber(buf: Uint8Array, s: number, e: number): Kind {
  let p = s;
  let neg = false;
  let c = at(buf, p);
  if (c === MINUS || c === PLUS) {
    neg = c === MINUS;
    p++;
  }
  const intStart = p;
  let m = 0;
  while (p < e) {
    const d = at(buf, p) - ZERO;
    if (d < 0 || d > 9) break;
    m = m * 10 + d;
    p++;
  }
  const nInt = p - intStart;
  const leadingZero = nInt > 1 && at(buf, intStart) === ZERO;
  if (p === e) {
    if (nInt === 0) return K_STRING;
    if (leadingZero) return intStart === s ? K_ZEROPAD : K_STRING;
    if (nInt <= 15) {
      parsed.value = neg ? -m : m;
      return K_INT;
    }
    const v = Number(latin1(buf, s, e));
    if (!Number.isSafeInteger(v)) return K_STRING;
    parsed.value = v;
    return K_INT;
  }
  let nFrac = 0;
  if (at(buf, p) === DOT) {
    p++;
    const fracStart = p;
    while (p < e) {
      const d = at(buf, p) - ZERO;
      if (d < 0 || d > 9) break;
      m = m * 10 + d;
      p++;
    }
    nFrac = p - fracStart;
  }
  if (nInt + nFrac === 0 || leadingZero) return K_STRING;
  if (p === e) {
    if (nInt + nFrac <= 15) {
      const v = m / (POW10[nFrac] as number);
      parsed.value = neg ? -v : v;
      return K_FLOAT;
    }
    parsed.value = Number(latin1(buf, s, e));
    return K_FLOAT;
  }
  c = at(buf, p);
  if (c !== 101 && c !== 69) return K_STRING; // e E
  p++;
  if (p < e && (at(buf, p) === PLUS || at(buf, p) === MINUS)) p++;
  const expStart = p;
  while (p < e) {
    const d = at(buf, p) - ZERO;
    if (d < 0 || d > 9) break;
    p++;
  }
  if (p !== e || p === expStart) return K_STRING;
  const v = Number(latin1(buf, s, e));
  if (!Number.isFinite(v)) return K_STRING;
  parsed.value = v;
  return K_FLOAT;
}

function digits(buf: Uint8Array, p: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = at(buf, p + i) - ZERO;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Reads 1-2 digits at p; returns value and sets `width`. */
const scan = { width: 0 };
function oneOrTwo(buf: Uint8Array, p: number, e: number): number {
  const a = p < e ? at(buf, p) - ZERO : -1;
  if (a < 0 || a > 9) return -1;
  const b = p + 1 < e ? at(buf, p + 1) - ZERO : -1;
  if (b < 0 || b > 9) {
    scan.width = 1;
    return a;
  }
  scan.width = 2;
  return a * 10 + b;
}

/**
 * ISO-8601-like date or datetime: YYYY-MM-DD or YYYY/MM/DD, optionally followed by T or a space and
 * HH:MM[:SS[.fff]], optionally Z or an offset (+HH:MM, +HHMM, +HH). Returns epoch ms (UTC), or NaN.
 */
export function parseDatetime(buf: Uint8Array, s: number, e: number): number {
  if (e - s < 8) return Number.NaN;
  const year = digits(buf, s, 4);
  if (year < 0) return Number.NaN;
  let p = s + 4;
  const sep = at(buf, p);
  if (sep !== MINUS && sep !== 47) return Number.NaN;
  const month = oneOrTwo(buf, p + 1, e);
  if (month < 1 || month > 12) return Number.NaN;
  p += 1 + scan.width;
  if (p >= e || at(buf, p) !== sep) return Number.NaN;
  const day = oneOrTwo(buf, p + 1, e);
  if (day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  p += 1 + scan.width;
  let ms = daysFromCivil(year, month, day) * 86_400_000;
  if (p === e) return ms;
  const t = at(buf, p);
  if (t !== 84 && t !== 116 && t !== 32) return Number.NaN; // T t space
  p++;
  if (p + 5 > e || at(buf, p + 2) !== 58) return Number.NaN;
  const hh = digits(buf, p, 2);
  const mm = digits(buf, p + 3, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return Number.NaN;
  p += 5;
  ms += hh * 3_600_000 + mm * 60_000;
  if (p < e && at(buf, p) === 58) {
    const ss = p + 3 <= e ? digits(buf, p + 1, 2) : -1;
    if (ss < 0 || ss > 60) return Number.NaN;
    ms += Math.min(ss, 59) * 1000;
    p += 3;
    if (p < e && (at(buf, p) === DOT || at(buf, p) === 44)) {
      p++;
      const fs = p;
      let frac = 0;
      while (p < e) {
        const d = at(buf, p) - ZERO;
        if (d < 0 || d > 9) break;
        if (p - fs < 3) frac = frac * 10 + d;
        p++;
      }
      const n = p - fs;
      if (n === 0) return Number.NaN;
      ms += n >= 3 ? frac : frac * 10 ** (3 - n);
    }
  }
  if (p === e) return ms;
  const z = at(buf, p);
  if ((z === 90 || z === 122) && p + 1 === e) return ms; // Z z
  if (z !== PLUS && z !== MINUS) return Number.NaN;
  const oh = p + 3 <= e ? digits(buf, p + 1, 2) : -1;
  if (oh < 0 || oh > 18) return Number.NaN;
  p += 3;
  let om = 0;
  if (p < e) {
    if (at(buf, p) === 58) p++;
    om = p + 2 === e ? digits(buf, p, 2) : -1;
    if (om < 0 || om > 59) return Number.NaN;
    p += 2;
  }
  if (p !== e) return Number.NaN;
  const offset = (oh * 60 + om) * 60_000;
  return z === PLUS ? ms - offset : ms + offset;
}

/** The raw kind of bytes [s, e); the value of numbers, booleans and datetimes is left in `parsed.value`. */
export function classify(buf: Uint8Array, s: number, e: number): Kind {
  if (isMissingToken(buf, s, e)) return K_MISSING;
  const c = at(buf, s);
  const digit = c >= ZERO && c <= ZERO + 9;
  if (digit || c === MINUS || c === PLUS || c === DOT) {
    const k = parseNumber(buf, s, e);
    if (k !== K_STRING) return k;
    if (digit) {
      const t = parseDatetime(buf, s, e);
      if (!Number.isNaN(t)) {
        parsed.value = t;
        return K_DATETIME;
      }
    }
    return K_STRING;
  }
  // Only true/false read as booleans on their own: yes/no, y/n and t/f stay categories (as in
  // pandas and DuckDB), so labels such as Bank's "yes"/"no" keep their names. Forcing the
  // boolean type still converts them (booleanWord).
  const n = e - s;
  if (n === 4 || n === 5) {
    const b = parseBoolean(buf, s, e);
    if (b >= 0) {
      parsed.value = b;
      return K_BOOL;
    }
  }
  return K_STRING;
}

/** 1 / 0 for the words parseBoolean accepts (true/yes/t/y, false/no/f/n), else -1. */
export function booleanWord(text: string): number {
  const bytes = new TextEncoder().encode(text.trim());
  return parseBoolean(bytes, 0, bytes.length);
}
