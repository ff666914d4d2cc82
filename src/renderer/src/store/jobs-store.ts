import { create } from 'zustand';
import type { JobRecord } from '../../../shared/jobs';
import {
  applyMetrics,
  applyProgress,
  emptyJobsState,
  type JobsState,
  type MetricPoint,
  upsertJobs,
} from './jobs-state';

export interface JobsStore extends JobsState {
  upsert(jobs: JobRecord[]): void;
  progress(p: { jobId: string; fraction: number; message: string; etaSeconds: number | null }): void;
  addMetrics(jobId: string, points: MetricPoint[]): void;
  markMetricsLoaded(jobId: string): void;
}

export const useJobsStore = create<JobsStore>()((set) => ({
  ...emptyJobsState,
  upsert: (jobs) => set((s) => upsertJobs(s, jobs)),
  progress: (p) => set((s) => applyProgress(s, p)),
  addMetrics: (jobId, points) => set((s) => applyMetrics(s, jobId, points)),
  markMetricsLoaded: (jobId) => set((s) => ({ metricsLoaded: { ...s.metricsLoaded, [jobId]: true } })),
}));
