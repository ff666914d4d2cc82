/** Numbers in words for evidence strings. */

/** 32561 → "32,561". */
export function int(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** A share as a percentage: one decimal, two below 0.1% ("0.07%"), "<0.01%" for tinier ones. */
export function pct(part: number, whole: number): string {
  if (whole <= 0) return '0%';
  const p = (100 * part) / whole;
  if (p > 0 && p < 0.01) return '<0.01%';
  return `${p < 0.1 && p > 0 ? p.toFixed(2) : p.toFixed(1)}%`;
}

/** "a, b, c and 4 more" (quoted). */
export function quoteList(values: readonly string[], max = 5): string {
  const shown = values.slice(0, max).map((v) => `"${v}"`);
  const rest = values.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${int(rest)} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** A value for display: up to 6 significant digits. */
export function num(x: number): string {
  if (Number.isInteger(x)) return int(x);
  return String(Number(x.toPrecision(6)));
}
