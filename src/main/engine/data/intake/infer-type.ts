/**
 * The inference rules: from what a column's values look like to a logical type.
 *
 * - no value at all → categorical (and a warning);
 * - integers with leading zeros ("02134") among integers → text-like (categorical / identifier);
 * - ≥ 95 % numbers → integer (float when any has a fraction or exponent); the rest become missing;
 * - ≥ 95 % true/false → boolean (yes/no and y/n stay categorical; forcing boolean converts them); ≥ 95 % ISO dates → datetime;
 * - otherwise text-like: long (mean > 40 bytes) → text; all distinct, no spaces, short, 20+ rows →
 *   identifier; nearly all distinct (> 1000 and ≥ 90 %) → identifier (no spaces) or text; mostly
 *   multi-word and mostly distinct → text; else categorical.
 */
import type { ColumnType } from '../../../../shared/data.js';
import { MAJORITY_SHARE } from './limits.js';
import { K_BOOL, K_DATETIME, K_FLOAT, K_INT, K_MISSING, K_ZEROPAD, type Kind } from './value-parse.js';

/** Counts of non-missing values by raw kind, and of missing values. */
export interface KindCounts {
  int: number;
  float: number;
  bool: number;
  datetime: number;
  zeropad: number;
  string: number;
  missing: number;
}

/** What text-like columns are decided on. */
export interface TextStats {
  distinct: number;
  /** Mean length in bytes of the non-missing values. */
  meanBytes: number;
  maxBytes: number;
  /** Share of non-missing values holding a space. */
  spaceShare: number;
}

export function emptyCounts(): KindCounts {
  return { int: 0, float: 0, bool: 0, datetime: 0, zeropad: 0, string: 0, missing: 0 };
}

/** Adds n values of a raw kind. */
export function countKind(c: KindCounts, kind: Kind, n: number): void {
  switch (kind) {
    case K_MISSING:
      c.missing += n;
      break;
    case K_INT:
      c.int += n;
      break;
    case K_FLOAT:
      c.float += n;
      break;
    case K_BOOL:
      c.bool += n;
      break;
    case K_DATETIME:
      c.datetime += n;
      break;
    case K_ZEROPAD:
      c.zeropad += n;
      break;
    default:
      c.string += n;
  }
}

export function nonMissing(c: KindCounts): number {
  return c.int + c.float + c.bool + c.datetime + c.zeropad + c.string;
}

/** The non-text type the counts call for, 'text-like' when the values are strings, or 'empty'. */
export function decideKind(
  c: KindCounts,
): 'integer' | 'float' | 'boolean' | 'datetime' | 'text-like' | 'empty' {
  const n = nonMissing(c);
  if (n === 0) return 'empty';
  const need = MAJORITY_SHARE * n;
  if (c.zeropad > 0 && c.int + c.zeropad >= need) return 'text-like';
  if (c.int + c.float >= need) return c.float > 0 ? 'float' : 'integer';
  if (c.bool >= need) return 'boolean';
  if (c.datetime >= need) return 'datetime';
  return 'text-like';
}

/** The type of a text-like column. */
export function decideTextType(nonMissingCount: number, s: TextStats): 'categorical' | 'text' | 'identifier' {
  if (s.meanBytes > 40) return 'text';
  if (s.distinct === nonMissingCount && nonMissingCount >= 20 && s.spaceShare === 0 && s.maxBytes <= 64) {
    return 'identifier';
  }
  if (s.distinct > 1000 && s.distinct >= 0.9 * nonMissingCount)
    return s.spaceShare === 0 ? 'identifier' : 'text';
  if (s.spaceShare >= 0.5 && s.distinct >= 20 && s.distinct > 0.5 * nonMissingCount) return 'text';
  return 'categorical';
}

export function decideType(c: KindCounts, s: TextStats): ColumnType {
  const k = decideKind(c);
  if (k === 'empty') return 'categorical';
  if (k === 'text-like') return decideTextType(nonMissing(c), s);
  return k;
}
