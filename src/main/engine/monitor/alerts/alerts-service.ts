import {
  type AlertRecord,
  type AlertSeverity,
  RaiseAlertInput,
  SEVERITY_ORDER,
} from '../../../../shared/alerts.js';
import { AppError } from '../../../../shared/errors.js';
import type { EngineEvent } from '../../../../shared/events.js';
import type { Db } from '../../db/connection.js';
import type { SettingsStore } from '../../db/settings-store.js';
import { newId, nowIso } from '../../util/ids.js';
import { formatZodError } from '../../util/zod-errors.js';
import { type AlertFilter, AlertsStore } from './alerts-store.js';
import { postWebhook, WEBHOOK_TIMEOUT_MS, type WebhookStatus } from './webhook.js';

/** What the alerts service needs from the engine. */
export interface AlertsServiceArgs {
  db: Db;
  /** Where `monitor.webhookUrl` is read, at each new alert. */
  settings: Pick<SettingsStore, 'get'>;
  /** The engine's event bus: an `alert` event per new alert, a `log` event per failed delivery. */
  emit(event: EngineEvent): void;
  /** Webhook timeout (default 2 s). */
  webhookTimeoutMs?: number;
}

/** A raise's outcome: the alert as stored, and whether it is new (false: an open one was bumped). */
export interface RaiseResult {
  alert: AlertRecord;
  created: boolean;
}

/** Webhook deliveries since the engine started. */
export interface WebhookStats {
  sent: number;
  failed: number;
}

const maxSeverity = (a: AlertSeverity, b: AlertSeverity): AlertSeverity =>
  SEVERITY_ORDER.indexOf(a) >= SEVERITY_ORDER.indexOf(b) ? a : b;

/** Evidence numbers that are not finite (NaN, ±Infinity) are stored as null: JSON cannot hold them. */
function finiteValues(input: unknown): unknown {
  const raw = input as { evidence?: { values?: Record<string, unknown> } } | null;
  const values = raw?.evidence?.values;
  if (!values || typeof values !== 'object') return input;
  const clean = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'number' && !Number.isFinite(v) ? null : v]),
  );
  return { ...raw, evidence: { ...raw.evidence, values: clean } };
}

/** The key a raise folds under when it names none: the same kind, model, version and title. */
export function defaultDedupeKey(a: {
  kind: string;
  modelName: string;
  version: number | null;
  title: string;
}): string {
  return `${a.kind}:${a.modelName}:${a.version ?? '-'}:${a.title}`;
}

/**
 * Monitoring alerts: stored with their evidence, folded while open (no alert storms), told to
 * the shells (an `alert` event) and to an optional local webhook once per new alert, and
 * acknowledged by a person.
 */
export class AlertsService {
  private readonly store: AlertsStore;
  private readonly pending = new Set<Promise<void>>();
  private readonly stats: WebhookStats = { sent: 0, failed: 0 };

  constructor(private readonly args: AlertsServiceArgs) {
    this.store = new AlertsStore(args.db);
  }

  /**
   * Store a new alert, or, when an unacknowledged alert with the same dedupe key is open, count
   * this raise on it (count, lastSeenAt, the latest words and evidence, the higher severity).
   * Only a new alert emits an `alert` event and goes to the webhook, which never delays this call.
   */
  raise(input: RaiseAlertInput): RaiseResult {
    const parsed = RaiseAlertInput.safeParse(finiteValues(input));
    if (!parsed.success) {
      throw new AppError(
        'invalid_input',
        `Invalid alert: ${formatZodError(parsed.error)}`,
        parsed.error.issues,
      );
    }
    const a = parsed.data;
    const dedupeKey = a.dedupeKey ?? defaultDedupeKey(a);
    const at = nowIso();
    const result = this.store.transaction((): RaiseResult => {
      const open = this.store.openByKey(dedupeKey);
      if (open) {
        this.store.bump(open.id, {
          version: a.version,
          severity: maxSeverity(open.severity, a.severity),
          title: a.title,
          message: a.message,
          evidence: a.evidence,
          at,
        });
        return { alert: this.require(open.id), created: false };
      }
      const alert: AlertRecord = {
        id: newId('alert'),
        modelName: a.modelName,
        version: a.version,
        kind: a.kind,
        severity: a.severity,
        title: a.title,
        message: a.message,
        evidence: a.evidence,
        dedupeKey,
        createdAt: at,
        lastSeenAt: at,
        count: 1,
        acknowledgedAt: null,
        acknowledgedBy: null,
        webhookStatus: null,
      };
      this.store.insert(alert);
      return { alert, created: true };
    });
    if (result.created) {
      const { alert } = result;
      this.args.emit({
        type: 'alert',
        id: alert.id,
        severity: alert.severity,
        title: alert.title,
        message: alert.message,
        at: alert.createdAt,
        modelName: alert.modelName,
        kind: alert.kind,
      });
      this.deliver(alert);
    }
    return result;
  }

  /** Alerts, newest first. */
  list(filter: AlertFilter): AlertRecord[] {
    return this.store.list(filter);
  }

  /** Unacknowledged alerts (of one model, or all). */
  openCount(modelName?: string): number {
    return this.store.openCount(modelName);
  }

  /** One alert, or null. */
  get(id: string): AlertRecord | null {
    return this.store.get(id);
  }

  /**
   * Acknowledge an alert: records who and when. Acknowledging it again changes nothing (the
   * first acknowledgement stands). An unknown id is a not_found error.
   */
  acknowledge(id: string, actor: string): AlertRecord {
    this.store.acknowledge(id, actor, nowIso());
    return this.require(id);
  }

  /** Webhook deliveries since start: how many were sent and how many failed. */
  webhookStats(): WebhookStats {
    return { ...this.stats };
  }

  /** Resolves once every webhook delivery started so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private require(id: string): AlertRecord {
    const alert = this.store.get(id);
    if (!alert) {
      throw new AppError(
        'not_found',
        `No alert ${id}; the open ones are in the Monitor step (or list them with the alerts.list command).`,
      );
    }
    return alert;
  }

  /** POST a new alert to the webhook in the background; record the outcome, never throw. */
  private deliver(alert: AlertRecord): void {
    let url: string | null;
    try {
      url = this.args.settings.get('monitor.webhookUrl');
    } catch {
      url = null;
    }
    if (!url) return;
    const target = url;
    const timeoutMs = this.args.webhookTimeoutMs ?? WEBHOOK_TIMEOUT_MS;
    const p = postWebhook(target, alert, timeoutMs)
      .then((status) => this.recordDelivery(alert, target, status))
      .catch(() => undefined)
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  private recordDelivery(alert: AlertRecord, url: string, status: WebhookStatus): void {
    if (status === 'sent') this.stats.sent += 1;
    else this.stats.failed += 1;
    try {
      this.store.setWebhookStatus(alert.id, status);
    } catch {
      // the workspace closed while the delivery ran; nothing left to record it in
    }
    if (status !== 'sent') {
      this.args.emit({
        type: 'log',
        level: 'warn',
        message: `Alert webhook ${url} ${status} (alert "${alert.title}"; ${this.stats.failed} failed deliveries since start).`,
        jobId: null,
        at: nowIso(),
      });
    }
  }
}
