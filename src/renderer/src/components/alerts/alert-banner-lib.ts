import type { AlertKind, AlertRecord, AlertSeverity } from '../../../../shared/alerts';

/** Open alerts the banner asks for (it shows one and the count of all). */
export const BANNER_LIST_LIMIT = 200;

/** How often the banner re-reads open alerts besides the live events (another window may acknowledge). */
export const BANNER_POLL_MS = 30_000;

const RANK: Record<AlertSeverity, number> = { info: 0, warning: 1, critical: 2 };

/**
 * The alert the banner shows: the most severe open one, the newest of those (a critical alert is
 * never hidden behind a newer info). Null when none is open.
 */
export function bannerAlert(alerts: readonly AlertRecord[]): AlertRecord | null {
  let best: AlertRecord | null = null;
  for (const a of alerts) {
    if (a.acknowledgedAt !== null) continue;
    if (
      !best ||
      RANK[a.severity] > RANK[best.severity] ||
      (RANK[a.severity] === RANK[best.severity] && a.createdAt > best.createdAt)
    ) {
      best = a;
    }
  }
  return best;
}

/** "1 open alert", "3 open alerts". */
export function openAlertsLabel(count: number): string {
  return `${count} open alert${count === 1 ? '' : 's'}`;
}

const SEVERITY_LABELS: Record<AlertSeverity, string> = {
  info: 'Info',
  warning: 'Warning',
  critical: 'Critical',
};

/** The word shown for a severity. */
export function severityLabel(severity: AlertSeverity): string {
  return SEVERITY_LABELS[severity];
}

const KIND_LABELS: Record<AlertKind, string> = {
  drift: 'Drift',
  performance: 'Performance',
  quality: 'Data quality',
  server_errors: 'Server errors',
  loop: 'Improvement loop',
};

/** One line under the title: model and version, what it is about, and how often it was raised. */
export function alertContext(a: Pick<AlertRecord, 'modelName' | 'version' | 'kind' | 'count'>): string {
  const model = a.version === null ? a.modelName : `${a.modelName} v${a.version}`;
  const repeats = a.count > 1 ? ` · raised ${a.count} times` : '';
  return `${model} · ${KIND_LABELS[a.kind]}${repeats}`;
}

/** The banner's view of open alerts: the ones loaded and how many are open in all. */
export interface OpenAlerts {
  alerts: AlertRecord[];
  openCount: number;
}

/** The open alerts once one is acknowledged (before the next reload confirms it). */
export function withoutAlert(state: OpenAlerts, id: string): OpenAlerts {
  const alerts = state.alerts.filter((a) => a.id !== id);
  if (alerts.length === state.alerts.length) return state;
  return { alerts, openCount: Math.max(0, state.openCount - 1) };
}
