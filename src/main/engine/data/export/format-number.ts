/**
 * String(x) — the shortest text that reads back to the same double — with a fast path for the
 * common CSV case of integers and numbers with up to 6 decimals below 1e9, where V8's general
 * shortest-digits algorithm is several times slower. The fast path returns exactly what String(x)
 * returns: below 1e9 the 6-decimal grid is much coarser than the spacing of doubles, so the first
 * number of decimals k at which round(x·10^k)/10^k === x gives the unique, hence shortest, digits.
 */
const POW10 = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
const FAST_LIMIT = 1e9;

export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  const a = Math.abs(x);
  if (!(a < FAST_LIMIT)) return String(x);
  for (let k = 1; k <= 6; k++) {
    const p = POW10[k] as number;
    const m = Math.round(a * p);
    if (m / p === a) {
      const whole = Math.floor(m / p);
      const frac = String(m - whole * p).padStart(k, '0');
      return `${x < 0 ? '-' : ''}${whole}.${frac}`;
    }
  }
  return String(x);
}
