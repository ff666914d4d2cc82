import { describe, expect, it } from 'vitest';
import { gaussianStream, streamSeed, uniformStream } from './random.js';

describe('seeded streams', () => {
  it('repeat for the same seed and parts and differ otherwise', () => {
    const take = (f: () => number) => Array.from({ length: 5 }, f);
    expect(take(uniformStream(42, 1, 3))).toEqual(take(uniformStream(42, 1, 3)));
    expect(take(uniformStream(42, 1, 3))).not.toEqual(take(uniformStream(42, 1, 4)));
    expect(take(uniformStream(42, 1, 3))).not.toEqual(take(uniformStream(43, 1, 3)));
    expect(streamSeed(42, 1, 2)).not.toBe(streamSeed(42, 2, 1));
  });

  it('draws standard normals', () => {
    const g = gaussianStream(uniformStream(7, 1));
    const z = Float64Array.from({ length: 40_000 }, g);
    const mean = z.reduce((s, x) => s + x, 0) / z.length;
    const sd = Math.sqrt(z.reduce((s, x) => s + (x - mean) ** 2, 0) / z.length);
    // Sampling error of 40k draws: the mean's std is 0.005, the sd's about 0.0035.
    expect(Math.abs(mean)).toBeLessThan(0.025);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
    expect(z.filter((x) => Math.abs(x) < 1).length / z.length).toBeCloseTo(0.6827, 1);
  });
});
