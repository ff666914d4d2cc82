import { describe, expect, it } from 'vitest';
import { hostWarning } from '../manager-messages.js';
import { StatsWindow } from './stats-window.js';

describe('per-second stats', () => {
  it('counts requests, errors and rows, gives latency percentiles, and starts a fresh second', () => {
    const w = new StatsWindow();
    for (let i = 1; i <= 100; i++)
      w.observe({ model: 'm', version: 1, status: i % 10 === 0 ? 503 : 200, latencyMs: i, rows: 2 });
    const p = w.take(new Date('2026-01-01T00:00:00Z'), 7);
    expect(p).toEqual({
      at: '2026-01-01T00:00:00.000Z',
      requests: 100,
      errors: 10,
      rows: 200,
      p50Ms: 51,
      p95Ms: 96,
      p99Ms: 100,
      queueRows: 7,
    });
    const empty = w.take(new Date('2026-01-01T00:00:01Z'), 0);
    expect(empty).toMatchObject({ requests: 0, p50Ms: null, p99Ms: null });
    expect(w.totals).toEqual({ requests: 100, errors: 10, rows: 200 });
  });

  it('warns when the server listens beyond this machine', () => {
    expect(hostWarning('127.0.0.1')).toBeNull();
    expect(hostWarning('::1')).toBeNull();
    expect(hostWarning('0.0.0.0')).toBe('listening on all interfaces: anyone on your network can call it');
    expect(hostWarning('192.168.1.5')).toMatch(/other machines/);
  });
});
