/**
 * Number and date formatting for the model card, the same everywhere: 4 significant digits
 * (whole numbers from 1,000 up, grouped), percentages with 3, "—" where a value is missing.
 */

/** Shown where a value is null, NaN or otherwise not measured. */
export const MISSING = '—';

function group(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function trimExponent(s: string): string {
  // "1.200e-5" → "1.2e-5"
  return s.replace(/\.?0+e/, 'e').replace('e+', 'e');
}

/** 0.856123 → "0.8561", 32561 → "32,561", 0.00001234 → "1.234e-5", null → "—". */
export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || Number.isNaN(value)) return MISSING;
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e15) return trimExponent(value.toExponential(digits - 1));
  if (abs >= 10 ** (digits - 1) || (Number.isInteger(value) && abs < 1e15)) return group(Math.round(value));
  if (abs < 1e-3) return trimExponent(value.toExponential(digits - 1));
  return String(Number(value.toPrecision(digits)));
}

/** A fraction as a percentage: 0.8561 → "85.6%", 0.00123 → "0.123%". */
export function formatPercent(fraction: number | null | undefined, digits = 3): string {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return MISSING;
  return `${formatNumber(fraction * 100, digits)}%`;
}

/** A difference with its sign: 0.0123 → "+0.0123", -0.5 → "-0.5", 0 → "0". */
export function formatSigned(value: number | null | undefined, digits = 4): string {
  const s = formatNumber(value, digits);
  return value !== null && value !== undefined && value > 0 ? `+${s}` : s;
}

/** Milliseconds: 12.345 → "12.35 ms". */
export function formatMs(value: number | null | undefined): string {
  const s = formatNumber(value);
  return s === MISSING ? s : `${s} ms`;
}

/** An ISO timestamp as "2025-03-04 13:05 UTC"; anything unparseable is returned as given. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())} UTC`;
}
