/**
 * Association of a feature with the target, 0..1, on rows where both are present (pairwise).
 * Sums are shifted by the first complete pair so large offsets do not cancel.
 */

/** |Pearson r| of x and y; 0 when either is constant or fewer than two pairs. */
export function pearsonAbs(x: Float64Array, y: Float64Array): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let kx = Number.NaN;
  let ky = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    if (Number.isNaN(kx)) {
      kx = a;
      ky = b;
    }
    const dx = a - kx;
    const dy = b - ky;
    n++;
    sx += dx;
    sy += dy;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (n < 2) return 0;
  const vx = sxx - (sx * sx) / n;
  const vy = syy - (sy * sy) / n;
  if (!(vx > 0) || !(vy > 0)) return 0;
  return clamp01(Math.abs((sxy - (sx * sy) / n) / Math.sqrt(vx * vy)));
}

/**
 * Correlation ratio η of numeric `values` across `groups` (group index per row, -1 = missing,
 * k groups): sqrt(between-group sum of squares / total sum of squares).
 */
export function correlationRatio(values: Float64Array, groups: Int32Array, k: number): number {
  const gn = new Float64Array(k);
  const gs = new Float64Array(k);
  let n = 0;
  let s = 0;
  let ss = 0;
  let shift = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const g = groups[i] as number;
    if (g < 0 || Number.isNaN(v)) continue;
    if (Number.isNaN(shift)) shift = v;
    const d = v - shift;
    gn[g] = (gn[g] as number) + 1;
    gs[g] = (gs[g] as number) + d;
    n++;
    s += d;
    ss += d * d;
  }
  if (n < 2) return 0;
  const total = ss - (s * s) / n;
  if (!(total > 0)) return 0;
  let between = 0;
  for (let g = 0; g < k; g++) {
    const c = gn[g] as number;
    if (c > 0) between += ((gs[g] as number) * (gs[g] as number)) / c;
  }
  between -= (s * s) / n;
  return clamp01(Math.sqrt(Math.max(0, between / total)));
}

/**
 * Cramér's V between two categorical codings (index per row, -1 = missing), with the
 * Bergsma (2013) bias correction, so a many-level feature on few rows does not look associated
 * by chance: φ²c = max(0, φ² − (r−1)(c−1)/(n−1)), r̃ = r − (r−1)²/(n−1), c̃ likewise,
 * V = sqrt(φ²c / min(r̃−1, c̃−1)). r and c count only levels that occur. Returns null when the
 * contingency table would be too large (more than 20M cells).
 */
export function cramersV(a: Int32Array, ka: number, b: Int32Array, kb: number): number | null {
  if (ka * kb > 20_000_000) return null;
  const table = new Float64Array(ka * kb);
  const rowSum = new Float64Array(ka);
  const colSum = new Float64Array(kb);
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x < 0 || y < 0) continue;
    const cell = x * kb + y;
    table[cell] = (table[cell] as number) + 1;
    n++;
  }
  if (n < 2) return 0;
  for (let x = 0; x < ka; x++) {
    for (let y = 0; y < kb; y++) {
      const o = table[x * kb + y] as number;
      rowSum[x] = (rowSum[x] as number) + o;
      colSum[y] = (colSum[y] as number) + o;
    }
  }
  let r = 0;
  let c = 0;
  for (let x = 0; x < ka; x++) if ((rowSum[x] as number) > 0) r++;
  for (let y = 0; y < kb; y++) if ((colSum[y] as number) > 0) c++;
  if (r < 2 || c < 2) return 0;
  // χ² / n = Σ O² / (row · col) − 1
  let sum = 0;
  for (let x = 0; x < ka; x++) {
    const rs = rowSum[x] as number;
    if (rs === 0) continue;
    for (let y = 0; y < kb; y++) {
      const o = table[x * kb + y] as number;
      if (o > 0) sum += (o * o) / (rs * (colSum[y] as number));
    }
  }
  const phi2 = Math.max(0, sum - 1);
  const phi2c = Math.max(0, phi2 - ((r - 1) * (c - 1)) / (n - 1));
  const rc = r - ((r - 1) * (r - 1)) / (n - 1);
  const cc = c - ((c - 1) * (c - 1)) / (n - 1);
  const denom = Math.min(rc - 1, cc - 1);
  if (!(denom > 0)) return 0;
  return clamp01(Math.sqrt(phi2c / denom));
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}
