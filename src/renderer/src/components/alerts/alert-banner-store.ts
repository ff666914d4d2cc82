import { create } from 'zustand';
import type { AlertRecord } from '../../../../shared/alerts';
import { call, errorMessage } from '../../transport/client';
import { BANNER_LIST_LIMIT, withoutAlert } from './alert-banner-lib';

/** The banner's state: open alerts (as last read), their count, and the acknowledge in flight. */
export interface AlertBannerState {
  alerts: AlertRecord[];
  openCount: number;
  /** The alert being acknowledged, if any. */
  acknowledging: string | null;
  /** Why the last acknowledge failed. */
  error: string | null;
}

/** The banner's store; written by refreshOpenAlerts and acknowledgeAlert. */
export const useAlertBannerStore = create<AlertBannerState>()(() => ({
  alerts: [],
  openCount: 0,
  acknowledging: null,
  error: null,
}));

let latestRead = 0;

/** Re-read the open alerts; only the newest read's answer is kept (an older one may be stale). */
export async function refreshOpenAlerts(): Promise<void> {
  const seq = ++latestRead;
  try {
    const r = await call('alerts.list', { open: true, limit: BANNER_LIST_LIMIT });
    if (seq === latestRead) useAlertBannerStore.setState({ alerts: r.alerts, openCount: r.openCount });
  } catch {
    // Keep what is shown; the next event, poll or reconnect reads again.
  }
}

/** Acknowledge one alert (as the OS user), take it off the banner, then re-read. */
export async function acknowledgeAlert(id: string): Promise<void> {
  useAlertBannerStore.setState({ acknowledging: id, error: null });
  try {
    await call('alerts.acknowledge', { id });
    latestRead += 1; // a read started before the acknowledge must not bring the alert back
    useAlertBannerStore.setState((s) => ({ ...withoutAlert(s, id), acknowledging: null }));
  } catch (err) {
    useAlertBannerStore.setState({
      acknowledging: null,
      error: `Could not acknowledge: ${errorMessage(err)}`,
    });
  }
  await refreshOpenAlerts();
}
