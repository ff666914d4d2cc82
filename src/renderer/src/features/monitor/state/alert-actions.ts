import { refreshOpenAlerts } from '../../../components/alerts/alert-banner-store';
import { call, errorMessage } from '../../../transport/client';
import { markAcknowledged } from '../lib/alert-view';
import { setMonitor, useMonitorStore } from './monitor-store';

/** Alerts the Monitor step lists for a model (open and acknowledged, newest first). */
export const MONITOR_ALERTS_LIMIT = 50;

let latestRead = 0;

/** The open model's alerts and how many are open; only the newest read's answer is kept. */
export async function loadAlerts(): Promise<void> {
  const modelName = useMonitorStore.getState().selectedModel;
  if (!modelName) return;
  const seq = ++latestRead;
  try {
    const list = await call('alerts.list', { modelName, limit: MONITOR_ALERTS_LIMIT });
    if (seq !== latestRead || useMonitorStore.getState().selectedModel !== modelName) return;
    setMonitor({ alerts: list.alerts, openCount: list.openCount, alertsError: null });
  } catch (err) {
    if (seq === latestRead) setMonitor({ alertsError: errorMessage(err) });
  }
}

/** Acknowledge an alert (as the OS user), mark it at once, then re-read this list and the banner's. */
export async function acknowledgeAlert(id: string): Promise<void> {
  setMonitor({ acknowledging: id, acknowledgeError: null });
  try {
    const acknowledged = await call('alerts.acknowledge', { id });
    latestRead += 1; // a read started before the acknowledge must not show the alert open again
    setMonitor((s) => ({ ...markAcknowledged(s, acknowledged), acknowledging: null }));
  } catch (err) {
    setMonitor({ acknowledging: null, acknowledgeError: `Could not acknowledge: ${errorMessage(err)}` });
  }
  void refreshOpenAlerts();
  await loadAlerts();
}
