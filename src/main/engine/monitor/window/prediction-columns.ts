/**
 * The model's answers of a window as columns: the predicted class (the most probable, first on
 * ties, as served and as serve/runtime/expand-logged.ts reads it) or value per row, and the
 * probabilities as one rows × classes Float32Array. Requests of different versions may name
 * different classes; the window's classes are their union in the order met (newest request
 * first). Filled from the back like the feature columns; grows the same way.
 */
import type { WindowPredictions } from './window-types.js';

interface ClassList {
  /** Column of each of the request's classes in the window's classes. */
  columns: Int32Array;
  names: string[];
}

/** A request's class names (null = regression, or unreadable names as expand-logged treats them). */
function classNames(labels: string | null, outputs: number, rows: number): string[] | null {
  if (labels === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(labels);
  } catch {
    return null;
  }
  if (!Array.isArray(v)) return null;
  if (v.length > 0) return v.map(String);
  return Array.from({ length: Math.max(1, Math.floor(outputs / rows)) }, (_, k) => String(k));
}

export class PredictionColumns {
  private readonly lists = new Map<string, ClassList | null>();
  private readonly classes: string[] = [];
  private readonly where = new Map<string, number>();
  private labels: (string | null)[] | null = null;
  private values: Float64Array | null = null;
  private probabilities: Float32Array | null = null;

  constructor(private rows: number) {}

  /** The class list of a request's `labels` text, adding new classes to the window's (and widening). */
  private listOf(labels: string | null, outputs: number, rows: number): ClassList | null {
    const key = labels ?? '';
    const known = this.lists.get(key);
    if (known !== undefined) return known;
    const names = classNames(labels, outputs, rows);
    if (names === null) {
      this.lists.set(key, null);
      return null;
    }
    const before = this.classes.length;
    const columns = new Int32Array(names.length);
    names.forEach((n, k) => {
      let c = this.where.get(n);
      if (c === undefined) {
        c = this.classes.length;
        this.where.set(n, c);
        this.classes.push(n);
      }
      columns[k] = c;
    });
    if (this.classes.length > before) this.widen(before);
    const list = { columns, names };
    this.lists.set(key, list);
    return list;
  }

  /** Probabilities re-laid out for more classes (the new ones NaN in rows already filled). */
  private widen(before: number): void {
    const width = this.classes.length;
    const next = new Float32Array(this.rows * width).fill(Number.NaN);
    const old = this.probabilities;
    if (old && before > 0)
      for (let r = 0; r < this.rows; r++) next.set(old.subarray(r * before, (r + 1) * before), r * width);
    this.probabilities = next;
    this.labels ??= new Array<string | null>(this.rows).fill(null);
  }

  /** Make room for `rows` rows, keeping the filled tail at the end. */
  grow(rows: number): void {
    const shift = rows - this.rows;
    if (this.labels) this.labels = new Array<string | null>(shift).fill(null).concat(this.labels);
    if (this.values) {
      const next = new Float64Array(rows).fill(Number.NaN);
      next.set(this.values, shift);
      this.values = next;
    }
    if (this.probabilities) {
      const next = new Float32Array(rows * this.classes.length).fill(Number.NaN);
      next.set(this.probabilities, shift * this.classes.length);
      this.probabilities = next;
    }
    this.rows = rows;
  }

  /**
   * Rows from..to of a request into window rows at..: `labels` is the request's class names (JSON
   * text) or null, `outputs` its rows × classes probabilities or its values.
   */
  put(
    labels: string | null,
    outputs: Float32Array,
    requestRows: number,
    from: number,
    to: number,
    at: number,
  ): void {
    const list = this.listOf(labels, outputs.length, requestRows);
    if (!list) {
      this.values ??= new Float64Array(this.rows).fill(Number.NaN);
      const values = this.values;
      for (let i = from, k = at; i < to; i++, k++) values[k] = outputs[i] ?? Number.NaN;
      return;
    }
    const names = this.labels as (string | null)[];
    const probabilities = this.probabilities as Float32Array;
    const width = list.names.length;
    const stride = this.classes.length;
    for (let i = from, k = at; i < to; i++, k++) {
      const base = i * width;
      let best = 0;
      for (let c = 0; c < width; c++) {
        const p = outputs[base + c] ?? Number.NaN;
        probabilities[k * stride + (list.columns[c] as number)] = p;
        if (p > (outputs[base + best] as number)) best = c;
      }
      names[k] = list.names[best] ?? null;
    }
  }

  /** The columns of rows [start, end). */
  done(start: number): WindowPredictions {
    const width = this.classes.length;
    return {
      classes: this.labels ? this.classes : null,
      labels: this.labels ? this.labels.slice(start) : null,
      values: this.values && start > 0 ? this.values.slice(start) : this.values,
      probabilities:
        this.probabilities && start > 0 ? this.probabilities.slice(start * width) : this.probabilities,
    };
  }
}
