/**
 * Reading one field of a raw JSON record (as the inference server receives it) into the value the
 * encoders take. null, undefined and '' are missing; anything that cannot be the feature's type is
 * an AppError('invalid_input') naming the record index and the field.
 */
import { AppError } from '../../../../shared/errors.js';
import { isMissingText } from '../intake/value-parse.js';
import { MAX_EPOCH_MS, parseIsoDate } from '../recipes/civil-time.js';
import { parseBoolean, parseNumber } from '../recipes/parse-value.js';

export class FieldReader {
  constructor(
    private readonly index: number,
    private readonly field: string,
  ) {}

  fail(message: string): never {
    throw new AppError('invalid_input', `record ${this.index}, field "${this.field}": ${message}`);
  }

  private shown(v: unknown): string {
    const s =
      typeof v === 'string' ? JSON.stringify(v) : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  }

  private finite(v: number): number {
    if (Number.isNaN(v)) this.fail('NaN is not a value; send null for a missing value');
    if (!Number.isFinite(v)) this.fail(`${v} is not a usable number; send a finite number or null`);
    return v;
  }

  /** A number; NaN when missing. */
  number(v: unknown): number {
    if (v === null || v === undefined || v === '') return Number.NaN;
    if (typeof v === 'number') return this.finite(v);
    if (typeof v === 'string') {
      const x = parseNumber(v);
      if (Number.isNaN(x)) this.fail(`expected a number, got ${this.shown(v)}`);
      return x;
    }
    return this.fail(`expected a number, got ${this.shown(v)}`);
  }

  /** 0 or 1; NaN when missing. */
  boolean(v: unknown): number {
    if (v === null || v === undefined || v === '') return Number.NaN;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v === 0 || v === 1) return v;
    if (typeof v === 'string') {
      const b = parseBoolean(v);
      if (!Number.isNaN(b)) return b;
    }
    return this.fail(`expected true or false, got ${this.shown(v)}`);
  }

  /** Epoch ms from an ISO string or epoch ms; NaN when missing. */
  datetime(v: unknown): number {
    if (v === null || v === undefined || v === '') return Number.NaN;
    if (typeof v === 'number') {
      const ms = this.finite(v);
      if (Math.abs(ms) > MAX_EPOCH_MS) this.fail(`${v} is outside the dates a computer can hold`);
      return ms;
    }
    if (typeof v === 'string') {
      const ms = parseIsoDate(v);
      if (Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS) return ms;
    }
    return this.fail(
      `expected an ISO date (2024-03-01T10:00:00Z) or epoch milliseconds, got ${this.shown(v)}`,
    );
  }

  /**
   * Text of a category or free text; null when missing — including the strings the importer reads
   * as missing ('', '?', 'NA', 'N/A', 'NaN', 'null', any case), so a row sent as it stands in the
   * training file is predicted as it was in training. Numbers and booleans become their text.
   */
  text(v: unknown): string | null {
    if (v === null || v === undefined) return null;
    if (typeof v === 'string') return isMissingText(v) ? null : v;
    if (typeof v === 'number') return String(this.finite(v));
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return this.fail(`expected a string, got ${this.shown(v)}`);
  }
}
