import { describe, expect, it } from 'vitest';
import { latencyHistogram, latencyResult, quantile } from './latency-stats.js';

describe('latency numbers', () => {
  it('takes nearest-rank quantiles', () => {
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1); // 1..100
    expect(quantile(sorted, 0.5)).toBe(50);
    expect(quantile(sorted, 0.95)).toBe(95);
    expect(quantile(sorted, 0.99)).toBe(99);
    expect(quantile(sorted, 1)).toBe(100);
    expect(quantile(new Float64Array(0), 0.5)).toBeNaN();
  });

  it('buckets response times, the last bucket open-ended', () => {
    const h = latencyHistogram([0.2, 0.7, 0.9, 1.2, 4.9, 2500]);
    const count = (lo: number) => h.find((b) => b.lo === lo)?.count;
    expect(count(0)).toBe(1);
    expect(count(0.5)).toBe(2);
    expect(count(1)).toBe(1);
    expect(count(4)).toBe(1);
    expect(count(1000)).toBe(1);
    expect(h.reduce((s, b) => s + b.count, 0)).toBe(6);
  });

  it('summarises a run: throughput of successes, error rate of all requests', () => {
    const times = Array.from({ length: 200 }, (_, i) => (i < 197 ? 1 : 10));
    const r = latencyResult({
      modelName: 'm',
      version: 2,
      rate: 50,
      connections: 4,
      seconds: 4,
      times,
      requests: 202,
      errors: 2,
    });
    expect(r.throughput).toBe(50);
    expect(r.errorRate).toBeCloseTo(2 / 202, 12);
    expect(r.p50).toBe(1);
    expect(r.p99).toBe(10);
    expect(r.max).toBe(10);
    expect(r.mean).toBeCloseTo((197 + 30) / 200, 12);
  });
});
