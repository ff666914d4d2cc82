import { describe, expect, it } from 'vitest';
import { nextSort, sortRuns } from './sort-runs';
import { run } from './test-fixtures';

const runs = [
  run('a', { createdAt: '2025-01-03T00:00:00Z', metrics: { loss: 0.3, accuracy: 0.9 }, durationMs: 300 }),
  run('b', { createdAt: '2025-01-02T00:00:00Z', metrics: null, status: 'running', durationMs: 100 }),
  run('c', { createdAt: '2025-01-01T00:00:00Z', metrics: { loss: 0.2, accuracy: 0.95 }, durationMs: 200 }),
  run('d', { createdAt: '2025-01-04T00:00:00Z', metrics: { loss: 0.4, accuracy: 0.8 }, status: 'failed' }),
];
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('sortRuns', () => {
  it('sorts by the validation metric either way, runs without one last', () => {
    expect(ids(sortRuns(runs, { key: 'valMetric', dir: 'desc' }))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(sortRuns(runs, { key: 'valMetric', dir: 'asc' }))).toEqual(['d', 'a', 'c', 'b']);
  });

  it('sorts by creation time, status and duration', () => {
    expect(ids(sortRuns(runs, { key: 'created', dir: 'desc' }))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(sortRuns(runs, { key: 'status', dir: 'asc' }))).toEqual(['d', 'b', 'a', 'c']);
    expect(ids(sortRuns(runs, { key: 'duration', dir: 'asc' }))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts by the version label it is given', () => {
    const list = [run('x', { versionId: 'v2' }), run('y', { versionId: 'v1' })];
    const label = (id: string) => (id === 'v1' ? 'iris v1' : 'adult v1');
    expect(ids(sortRuns(list, { key: 'version', dir: 'asc' }, label))).toEqual(['x', 'y']);
  });

  it('flips the direction on the same column, starts metrics and dates descending', () => {
    expect(nextSort({ key: 'created', dir: 'desc' }, 'created')).toEqual({ key: 'created', dir: 'asc' });
    expect(nextSort({ key: 'created', dir: 'desc' }, 'valMetric')).toEqual({ key: 'valMetric', dir: 'desc' });
    expect(nextSort({ key: 'created', dir: 'desc' }, 'status')).toEqual({ key: 'status', dir: 'asc' });
  });
});
