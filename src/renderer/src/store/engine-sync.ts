import type { EngineEvent } from '../../../shared/events';
import { applyTheme, isThemeChoice } from '../lib/theme';
import { call, errorMessage, subscribeConnection, subscribeEvents } from '../transport/client';
import { useAppStore } from './app-store';
import { useJobsStore } from './jobs-store';
import { useNotificationsStore } from './notifications-store';

const JOBS_SHOWN = 100;

async function loadJobsAndSummary(): Promise<void> {
  const [jobs, summary] = await Promise.all([
    call('jobs.list', { limit: JOBS_SHOWN }),
    call('workspace.summary', {}),
  ]);
  useJobsStore.getState().upsert(jobs);
  useAppStore.getState().setSummary(summary);
}

/** The first load: who we are, the workspace's steps and jobs, and the saved theme. */
export async function loadAll(): Promise<void> {
  const app = useAppStore.getState();
  try {
    const [info, settings] = await Promise.all([call('app.info', {}), call('settings.get', {})]);
    app.setInfo(info);
    const theme = settings['ui.theme'];
    if (isThemeChoice(theme)) {
      app.setThemeChoice(theme);
      applyTheme(theme);
    }
    await loadJobsAndSummary();
    app.setLoadError(null);
  } catch (err) {
    app.setLoadError(errorMessage(err));
  }
}

let summaryTimer: ReturnType<typeof setTimeout> | null = null;

/** Job changes move the step states and the queue counts; refresh them, at most every 300 ms. */
export function refreshSummarySoon(): void {
  if (summaryTimer) return;
  summaryTimer = setTimeout(() => {
    summaryTimer = null;
    call('workspace.summary', {})
      .then((s) => useAppStore.getState().setSummary(s))
      .catch(() => {
        // The next event or reconnect refreshes it again.
      });
  }, 300);
}

export function handleEvent(event: EngineEvent): void {
  switch (event.type) {
    case 'job.updated': {
      useJobsStore.getState().upsert([event.job]);
      if (event.job.status === 'failed') {
        useNotificationsStore.getState().add({
          id: `job-failed:${event.job.id}`,
          severity: 'warning',
          title: `Job failed: ${event.job.kind}`,
          message: event.job.error?.message ?? event.job.message,
          at: event.job.finishedAt ?? new Date().toISOString(),
        });
      }
      refreshSummarySoon();
      break;
    }
    case 'job.progress':
      useJobsStore.getState().progress(event);
      break;
    case 'job.metric':
      useJobsStore.getState().addMetrics(event.jobId, [{ step: event.step, values: event.values }]);
      break;
    case 'alert':
      useNotificationsStore.getState().add({
        id: event.id,
        severity: event.severity,
        title: event.title,
        message: event.message,
        at: event.at,
      });
      break;
    case 'backend.changed':
      useAppStore.getState().setBackend(event.backend);
      break;
    case 'log':
      break;
  }
}

/** Load everything, follow the engine's events, and reload what was missed after a reconnect. */
export function startEngineSync(): () => void {
  let wasOpen = false;
  const offEvents = subscribeEvents(handleEvent);
  const offConnection = subscribeConnection((state) => {
    useAppStore.getState().setConnection(state);
    if (state !== 'open') return;
    if (useAppStore.getState().loadError) {
      // The first load failed (engine not up yet); the stream is back, so try again.
      void loadAll();
    } else if (wasOpen) {
      void loadJobsAndSummary().catch(() => {});
      void call('app.backend', {})
        .then((b) => useAppStore.getState().setBackend(b))
        .catch(() => {});
    }
    wasOpen = true;
  });
  void loadAll();
  return () => {
    offEvents();
    offConnection();
  };
}
