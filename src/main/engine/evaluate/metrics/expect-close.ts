import { expect } from 'vitest';

/** Test support: two number lists agree element-wise to `digits` decimals (and in length). */
export function expectAllClose(actual: readonly (number | null)[], expected: readonly number[], digits = 12) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    expect(a, `element ${i}`).not.toBeNull();
    expect(a as number, `element ${i}`).toBeCloseTo(expected[i] as number, digits);
  });
}
