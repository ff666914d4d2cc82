import { expect } from 'vitest';

/**
 * Test data reproducible bit for bit in Python: Park–Miller minimal-standard LCG
 * (s ← s·48271 mod 2³¹−1, exact in doubles), each value (u₁+u₂+u₃+u₄ − 2)·scale + shift with
 * uᵢ = s/(2³¹−1) — a bell-shaped sample built from exact IEEE operations only. The Python twin:
 *   def lcg_sample(seed, n, shift=0.0, scale=1.0):
 *       s = seed; out = []
 *       for _ in range(n):
 *           acc = 0.0
 *           for _ in range(4):
 *               s = (s * 48271) % 2147483647; acc += s / 2147483647
 *           out.append((acc - 2) * scale + shift)
 *       return np.array(out)
 */
export function lcgSample(seed: number, n: number, shift = 0, scale = 1): Float64Array {
  let s = seed;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let k = 0; k < 4; k++) {
      s = (s * 48271) % 2147483647;
      acc += s / 2147483647;
    }
    out[i] = (acc - 2) * scale + shift;
  }
  return out;
}

/** Asserts |actual − expected| ≤ rel·|expected| (exact equality when expected is 0). */
export function expectRelClose(actual: number, expected: number, rel = 1e-9): void {
  if (expected === 0) expect(actual).toBe(0);
  else
    expect(Math.abs(actual - expected) / Math.abs(expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(
      rel,
    );
}
