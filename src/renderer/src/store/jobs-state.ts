import type { JobEventRecord, JobRecord } from '../../../shared/jobs';
import { isFinished } from '../lib/job-status';

/** One step of a job's metrics, e.g. {step: 3, gflops: 12.5}. */
export interface MetricPoint {
  step: number;
  values: Record<string, number>;
}

export interface JobsState {
  byId: Record<string, JobRecord>;
  /** Job ids, newest first. */
  order: string[];
  /** Metric series per job id, ordered by step. */
  metrics: Record<string, MetricPoint[]>;
  /** Jobs whose stored metrics have been loaded with jobs.events. */
  metricsLoaded: Record<string, boolean>;
}

/** Points kept per job; older ones are dropped so a long run cannot exhaust the renderer. */
export const MAX_METRIC_POINTS = 5000;

export const emptyJobsState: JobsState = { byId: {}, order: [], metrics: {}, metricsLoaded: {} };

function newestFirst(byId: Record<string, JobRecord>): string[] {
  return Object.values(byId)
    .sort((a, b) =>
      a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt),
    )
    .map((j) => j.id);
}

/**
 * Which of two records of the same job to keep: a finished one is never replaced by an unfinished
 * one (a stale list answer racing a live event), and a running one never moves back to queued.
 */
export function mergeJob(existing: JobRecord | undefined, incoming: JobRecord): JobRecord {
  if (!existing) return incoming;
  if (isFinished(existing.status) && !isFinished(incoming.status)) return existing;
  if (existing.status === 'running' && incoming.status === 'queued') return existing;
  return incoming;
}

export function upsertJobs(state: JobsState, jobs: JobRecord[]): JobsState {
  const byId = { ...state.byId };
  for (const job of jobs) byId[job.id] = mergeJob(byId[job.id], job);
  return { ...state, byId, order: newestFirst(byId) };
}

export function applyProgress(
  state: JobsState,
  p: { jobId: string; fraction: number; message: string; etaSeconds: number | null },
): JobsState {
  const job = state.byId[p.jobId];
  if (!job || isFinished(job.status)) return state;
  const updated: JobRecord = {
    ...job,
    status: 'running',
    progress: p.fraction,
    message: p.message,
    etaSeconds: p.etaSeconds,
  };
  return { ...state, byId: { ...state.byId, [p.jobId]: updated } };
}

/** Merge points into a series by step (a live point and a stored one for the same step are one). */
export function mergePoints(series: MetricPoint[], points: MetricPoint[]): MetricPoint[] {
  if (points.length === 0) return series;
  const last = series[series.length - 1];
  const first = points[0];
  let merged: MetricPoint[];
  if (points.length === 1 && first && (!last || first.step > last.step)) {
    merged = [...series, first];
  } else {
    const byStep = new Map<number, MetricPoint>();
    for (const p of series) byStep.set(p.step, p);
    for (const p of points)
      byStep.set(p.step, { step: p.step, values: { ...byStep.get(p.step)?.values, ...p.values } });
    merged = [...byStep.values()].sort((a, b) => a.step - b.step);
  }
  return merged.length > MAX_METRIC_POINTS ? merged.slice(merged.length - MAX_METRIC_POINTS) : merged;
}

export function applyMetrics(state: JobsState, jobId: string, points: MetricPoint[]): JobsState {
  const series = mergePoints(state.metrics[jobId] ?? [], points);
  return { ...state, metrics: { ...state.metrics, [jobId]: series } };
}

function isNumberRecord(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every((v) => typeof v === 'number');
}

/** The metric points among a job's stored events ({type:'metric', payload:{step, values}}). */
export function metricPointsFromEvents(events: JobEventRecord[]): MetricPoint[] {
  const points: MetricPoint[] = [];
  for (const e of events) {
    if (e.type !== 'metric') continue;
    const { step, values } = e.payload;
    if (typeof step === 'number' && isNumberRecord(values)) points.push({ step, values });
  }
  return points;
}

/** The names of the values a series carries, in order of first appearance. */
export function metricKeys(series: MetricPoint[]): string[] {
  const keys = new Set<string>();
  for (const p of series) for (const k of Object.keys(p.values)) keys.add(k);
  return [...keys];
}

/** The values worth charting together per job kind (others share no scale: epoch numbers, ms, rates). */
const CHART_KEYS: Record<string, string[]> = {
  train: ['loss', 'valLoss'],
  tune: ['best'],
};

/** The series' value names to draw for a job of this kind. */
export function chartKeys(kind: string, series: MetricPoint[]): string[] {
  const all = metricKeys(series);
  const wanted = CHART_KEYS[kind];
  if (!wanted) return all;
  const present = wanted.filter((k) => all.includes(k));
  return present.length ? present : all;
}
