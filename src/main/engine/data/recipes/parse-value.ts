/** Strict text → value parsers shared by casts, conditions and the inference-time record reader. */

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A decimal number (`12`, `-3.5`, `1e-3`, surrounding spaces allowed); NaN otherwise (also for overflow). */
export function parseNumber(text: string): number {
  const s = text.trim();
  if (!DECIMAL.test(s)) return Number.NaN;
  const v = Number(s);
  return Number.isFinite(v) ? v : Number.NaN;
}

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0']);

/** 1 for true/t/yes/y/1, 0 for false/f/no/n/0 (any case, spaces trimmed); NaN otherwise. */
export function parseBoolean(text: string): number {
  const s = text.trim().toLowerCase();
  if (TRUE_WORDS.has(s)) return 1;
  if (FALSE_WORDS.has(s)) return 0;
  return Number.NaN;
}

/** Round half away from zero (used when a value must become an integer). */
export function roundHalfAway(v: number): number {
  return v < 0 ? -Math.round(-v) : Math.round(v);
}
