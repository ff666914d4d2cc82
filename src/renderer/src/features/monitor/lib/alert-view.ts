import type { AlertRecord } from '../../../../../shared/alerts';
import { formatMetric } from '../../train/lib/format-train';

/** An evidence key in words: "driftedShare" / "drifted_share" → "drifted share". */
export function evidenceKeyLabel(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** An alert's evidence numbers as "label value" pairs, in the order stored; null shows as "n/a". */
export function evidenceEntries(
  values: Readonly<Record<string, number | null>>,
): { key: string; text: string }[] {
  return Object.entries(values).map(([key, v]) => ({
    key,
    text: `${evidenceKeyLabel(key)} ${v === null ? 'n/a' : formatMetric(v)}`,
  }));
}

/** Open alerts first, then the most recently raised first. */
export function sortAlerts(alerts: readonly AlertRecord[]): AlertRecord[] {
  return [...alerts].sort((a, b) => {
    const ao = a.acknowledgedAt === null;
    const bo = b.acknowledgedAt === null;
    if (ao !== bo) return ao ? -1 : 1;
    return a.lastSeenAt < b.lastSeenAt ? 1 : a.lastSeenAt > b.lastSeenAt ? -1 : 0;
  });
}

/** The alerts once one is acknowledged (before the re-read confirms it): it is marked, and one fewer is open. */
export function markAcknowledged(
  state: { alerts: AlertRecord[]; openCount: number },
  acknowledged: AlertRecord,
): { alerts: AlertRecord[]; openCount: number } {
  const before = state.alerts.find((a) => a.id === acknowledged.id);
  if (!before) return state;
  const wasOpen = before.acknowledgedAt === null;
  return {
    alerts: state.alerts.map((a) => (a.id === acknowledged.id ? acknowledged : a)),
    openCount: wasOpen ? Math.max(0, state.openCount - 1) : state.openCount,
  };
}
