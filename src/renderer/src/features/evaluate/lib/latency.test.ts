import { describe, expect, it } from 'vitest';
import { latencyBars, latencyRows } from './latency';
import { latency } from './test-fixtures';

describe('latency table', () => {
  it('shows the candidate alone when production was not tested', () => {
    const rows = latencyRows({ candidate: latency(), production: null });
    const by = new Map(rows.map((r) => [r.label, r]));
    expect(by.get('p95')).toEqual({ label: 'p95', candidate: '3.4 ms', production: null });
    expect(by.get('Throughput')?.candidate).toBe('200 req/s');
    expect(by.get('Load')?.candidate).toBe('200 req/s for 5 s on 8 connections');
  });

  it('puts production beside the candidate', () => {
    const rows = latencyRows({
      candidate: latency(),
      production: latency({ version: 1, p99: 12.5, errors: 3, errorRate: 0.003, rate: 0, connections: 1 }),
    });
    const by = new Map(rows.map((r) => [r.label, r]));
    expect(by.get('p99')).toMatchObject({ candidate: '6.1 ms', production: '12.5 ms' });
    expect(by.get('Error rate')).toMatchObject({
      candidate: '0 % (0 errors)',
      production: '0.3 % (3 errors)',
    });
    expect(by.get('Load')?.production).toBe('as fast as possible for 5 s on 1 connection');
  });

  it('labels histogram buckets', () => {
    expect(
      latencyBars([
        { lo: 0.5, hi: 1, count: 10 },
        { lo: 1, hi: 2, count: 4 },
        { lo: 500, hi: 1000, count: 1 },
        { lo: 1000, hi: 9.01e15, count: 2 },
      ]),
    ).toEqual([
      { label: '0.5–1 ms', count: 10 },
      { label: '1–2 ms', count: 4 },
      { label: '500 ms–1 s', count: 1 },
      { label: '≥ 1 s', count: 2 },
    ]);
  });

  it('leaves out the empty buckets at both ends', () => {
    expect(
      latencyBars([
        { lo: 0, hi: 0.5, count: 0 },
        { lo: 0.5, hi: 1, count: 3 },
        { lo: 1, hi: 1.5, count: 0 },
        { lo: 1.5, hi: 2, count: 1 },
        { lo: 2, hi: 3, count: 0 },
        { lo: 3, hi: 5, count: 0 },
      ]).map((b) => b.label),
    ).toEqual(['0.5–1 ms', '1–1.5 ms', '1.5–2 ms']);
    expect(latencyBars([{ lo: 0, hi: 1, count: 0 }])).toEqual([]);
  });
});
