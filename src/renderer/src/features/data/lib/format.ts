import type { Cell } from '../../../../../shared/data';

/** A count with thousands separators, always in en-US style (32,561) so screens and tests agree. */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—';
}

/** A measured number with up to `digits` significant decimals: 38.58, 0.0123, 1,234,567. */
export function formatNumber(n: number | null | undefined, digits = 4): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  const abs = Math.abs(n);
  if (abs >= 1000) return n.toLocaleString('en-US', { maximumFractionDigits: 1 });
  if (abs >= 1) return String(Number(n.toPrecision(digits + 1)));
  return String(Number(n.toPrecision(digits)));
}

/** A share as a percentage: 5.6 %. */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const p = (100 * part) / whole;
  if (p > 0 && p < 0.1) return '< 0.1 %';
  return `${p >= 10 || p === 0 ? p.toFixed(0) : p.toFixed(1)} %`;
}

/** A cell as table text; missing values are shown by the caller. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number')
    return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(8)));
  return String(cell);
}

/** An ISO time as a short local date and time. */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** An axis tick: 950, 1.8k, 12k, 1.5M. */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e6) return `${Number((n / 1e6).toPrecision(2))}M`;
  if (abs >= 1e3) return `${Number((n / 1e3).toPrecision(2))}k`;
  return String(Number(n.toPrecision(3)));
}

/** A long label cut to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
