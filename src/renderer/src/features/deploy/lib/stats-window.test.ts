import { describe, expect, it } from 'vitest';
import type { ServeStatsPoint } from '../../../../../shared/serve';
import { mergePoints, summarize, trafficRows } from './stats-window';

const point = (second: number, requests: number, errors = 0, p95: number | null = 2): ServeStatsPoint => ({
  at: new Date(Date.UTC(2026, 10, 27, 8, 0, second)).toISOString(),
  requests,
  errors,
  rows: requests,
  p50Ms: p95 === null ? null : p95 / 2,
  p95Ms: p95,
  p99Ms: p95 === null ? null : p95 * 2,
  queueRows: 0,
});

describe('stats window', () => {
  it('merges by second, replaces repeats, keeps order and the last N', () => {
    const merged = mergePoints([point(1, 1), point(2, 2)], [point(2, 5), point(4, 4), point(3, 3)], 3);
    expect(merged.map((p) => [p.at.slice(17, 19), p.requests])).toEqual([
      ['02', 5],
      ['03', 3],
      ['04', 4],
    ]);
  });

  it('turns points into chart rows in seconds before the newest', () => {
    expect(trafficRows([point(10, 4, 1, 3), point(12, 0, 0, null)])).toEqual([
      { x: -2, requests: 4, errorRate: 25, p50: 1.5, p95: 3, p99: 6 },
      { x: 0, requests: 0, errorRate: null },
    ]);
    expect(trafficRows([])).toEqual([]);
  });

  it('summarises rate, error rate and latest p95 over the last seconds', () => {
    const points = [point(1, 100, 50), point(2, 10, 1, 4), point(3, 30, 1, null)];
    expect(summarize(points, 2)).toEqual({ rate: 20, errorRate: 5, p95Ms: 4, requests: 40 });
    expect(summarize([], 10)).toEqual({ rate: 0, errorRate: null, p95Ms: null, requests: 0 });
  });
});
