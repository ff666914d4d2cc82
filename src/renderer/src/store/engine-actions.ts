import type { JobSpec } from '../../../shared/jobs';
import { applyTheme, type ThemeChoice } from '../lib/theme';
import { call, errorMessage } from '../transport/client';
import { useAppStore } from './app-store';
import { metricPointsFromEvents } from './jobs-state';
import { useJobsStore } from './jobs-store';
import { useNotificationsStore } from './notifications-store';

function reportFailure(title: string, err: unknown): void {
  useNotificationsStore.getState().add({
    id: `error:${Date.now()}:${Math.random().toString(36).slice(2)}`,
    severity: 'warning',
    title,
    message: errorMessage(err),
    at: new Date().toISOString(),
  });
}

/** Queue a job; its row appears from the answer and follows the engine's events. */
export async function startJob(spec: JobSpec): Promise<boolean> {
  try {
    const job = await call('jobs.start', spec);
    useJobsStore.getState().upsert([job]);
    return true;
  } catch (err) {
    reportFailure('Could not start the job', err);
    return false;
  }
}

export async function cancelJob(id: string): Promise<void> {
  try {
    const job = await call('jobs.cancel', { id });
    useJobsStore.getState().upsert([job]);
  } catch (err) {
    reportFailure('Could not cancel the job', err);
  }
}

/** Apply a theme at once and save it in the workspace settings; undo it if saving fails. */
export async function chooseTheme(theme: ThemeChoice): Promise<void> {
  const app = useAppStore.getState();
  const before = app.theme;
  app.setThemeChoice(theme);
  applyTheme(theme);
  try {
    await call('settings.set', { patch: { 'ui.theme': theme } });
  } catch (err) {
    useAppStore.getState().setThemeChoice(before);
    applyTheme(before);
    reportFailure('Could not save the theme', err);
  }
}

const PAGE = 1000;

/** Load a job's stored metric points (all pages of jobs.events), once per job. */
export async function loadStoredMetrics(jobId: string): Promise<void> {
  const jobs = useJobsStore.getState();
  if (jobs.metricsLoaded[jobId]) return;
  jobs.markMetricsLoaded(jobId);
  try {
    let afterSeq = 0;
    for (;;) {
      const events = await call('jobs.events', { id: jobId, afterSeq, limit: PAGE });
      const points = metricPointsFromEvents(events);
      if (points.length > 0) useJobsStore.getState().addMetrics(jobId, points);
      const last = events[events.length - 1];
      if (events.length < PAGE || !last) break;
      afterSeq = last.seq;
    }
  } catch (err) {
    reportFailure('Could not load the job’s metrics', err);
  }
}
