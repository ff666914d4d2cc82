import { describe, expect, it } from 'vitest';
import type { JobEventRecord, JobRecord } from '../../../shared/jobs';
import {
  applyMetrics,
  applyProgress,
  chartKeys,
  emptyJobsState,
  MAX_METRIC_POINTS,
  type MetricPoint,
  mergeJob,
  metricKeys,
  metricPointsFromEvents,
  upsertJobs,
} from './jobs-state';

function job(id: string, fields: Partial<JobRecord> = {}): JobRecord {
  return {
    id,
    kind: 'backend.benchmark',
    params: {},
    status: 'queued',
    progress: 0,
    message: '',
    etaSeconds: null,
    result: null,
    error: null,
    artifactDir: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    ...fields,
  };
}

describe('upsertJobs', () => {
  it('orders jobs newest first', () => {
    const s = upsertJobs(emptyJobsState, [
      job('a', { createdAt: '2025-01-01T00:00:01.000Z' }),
      job('b', { createdAt: '2025-01-01T00:00:03.000Z' }),
      job('c', { createdAt: '2025-01-01T00:00:02.000Z' }),
    ]);
    expect(s.order).toEqual(['b', 'c', 'a']);
  });

  it('does not let a stale running record replace a finished one', () => {
    const done = job('a', { status: 'succeeded', progress: 1 });
    expect(mergeJob(done, job('a', { status: 'running', progress: 0.5 }))).toBe(done);
    const s = upsertJobs(upsertJobs(emptyJobsState, [done]), [job('a', { status: 'running' })]);
    expect(s.byId.a?.status).toBe('succeeded');
  });

  it('does not move a running job back to queued', () => {
    const running = job('a', { status: 'running' });
    expect(mergeJob(running, job('a'))).toBe(running);
  });

  it('takes newer finished states', () => {
    const s = upsertJobs(upsertJobs(emptyJobsState, [job('a', { status: 'running' })]), [
      job('a', { status: 'cancelled' }),
    ]);
    expect(s.byId.a?.status).toBe('cancelled');
  });
});

describe('applyProgress', () => {
  it('updates a running job', () => {
    const s = applyProgress(upsertJobs(emptyJobsState, [job('a', { status: 'running' })]), {
      jobId: 'a',
      fraction: 0.4,
      message: '10 multiplications',
      etaSeconds: 3,
    });
    expect(s.byId.a).toMatchObject({ progress: 0.4, message: '10 multiplications', etaSeconds: 3 });
  });

  it('ignores progress for unknown or finished jobs', () => {
    const s = upsertJobs(emptyJobsState, [job('a', { status: 'succeeded', progress: 1 })]);
    const p = { fraction: 0.2, message: '', etaSeconds: null };
    expect(applyProgress(s, { jobId: 'a', ...p })).toBe(s);
    expect(applyProgress(s, { jobId: 'zz', ...p })).toBe(s);
  });
});

describe('metrics', () => {
  it('appends live points and merges stored ones by step', () => {
    let s = applyMetrics(emptyJobsState, 'a', [{ step: 2, values: { gflops: 2 } }]);
    s = applyMetrics(s, 'a', [{ step: 3, values: { gflops: 3 } }]);
    s = applyMetrics(s, 'a', [
      { step: 1, values: { gflops: 1 } },
      { step: 2, values: { gflops: 2 } },
    ]);
    expect(s.metrics.a?.map((p) => p.step)).toEqual([1, 2, 3]);
  });

  it('keeps at most MAX_METRIC_POINTS points, dropping the oldest', () => {
    const points = Array.from({ length: MAX_METRIC_POINTS + 10 }, (_, i) => ({ step: i, values: { x: i } }));
    const s = applyMetrics(emptyJobsState, 'a', points);
    expect(s.metrics.a).toHaveLength(MAX_METRIC_POINTS);
    expect(s.metrics.a?.[0]?.step).toBe(10);
  });

  it('reads metric points from stored events and skips the rest', () => {
    const events: JobEventRecord[] = [
      { jobId: 'a', seq: 1, at: '', type: 'state', payload: { status: 'running' } },
      { jobId: 'a', seq: 2, at: '', type: 'metric', payload: { step: 1, values: { gflops: 5 } } },
      { jobId: 'a', seq: 3, at: '', type: 'log', payload: { level: 'info', message: 'hi' } },
      { jobId: 'a', seq: 4, at: '', type: 'metric', payload: { step: 'bad', values: {} } },
    ];
    expect(metricPointsFromEvents(events)).toEqual([{ step: 1, values: { gflops: 5 } }]);
  });

  it('charts the losses of a training job, and every value of other kinds', () => {
    const series: MetricPoint[] = [
      { step: 0.5, values: { loss: 0.9, samplesPerSec: 40000 } },
      { step: 1, values: { epoch: 1, loss: 0.7, valLoss: 0.75, learningRate: 0.001, durationMs: 900 } },
    ];
    expect(chartKeys('train', series)).toEqual(['loss', 'valLoss']);
    expect(chartKeys('backend.benchmark', [{ step: 1, values: { gflops: 20 } }])).toEqual(['gflops']);
    expect(chartKeys('train', [{ step: 1, values: { other: 1 } }])).toEqual(['other']);
  });

  it('lists the value names of a series', () => {
    expect(
      metricKeys([
        { step: 1, values: { loss: 1 } },
        { step: 2, values: { loss: 0.5, accuracy: 0.7 } },
      ]),
    ).toEqual(['loss', 'accuracy']);
  });
});
