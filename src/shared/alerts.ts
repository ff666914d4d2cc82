/**
 * Monitoring alerts: what went wrong with a served model (drift, a performance drop, a
 * data-quality breach, server errors, a step of the improvement loop), with the evidence behind
 * it, until a person acknowledges it. Plain zod types; no node:, electron or DOM imports.
 */
import { z } from 'zod';

/** What an alert is about. */
export const AlertKind = z.enum(['drift', 'performance', 'quality', 'server_errors', 'loop']);
export type AlertKind = z.infer<typeof AlertKind>;

/** How urgent it is: `critical` needs action now, `warning` soon, `info` is for the record. */
export const AlertSeverity = z.enum(['info', 'warning', 'critical']);
export type AlertSeverity = z.infer<typeof AlertSeverity>;

/** Severities from least to most urgent (for sorting and escalation). */
export const SEVERITY_ORDER: readonly AlertSeverity[] = ['info', 'warning', 'critical'];

/** Where the evidence came from, so a reader can open it (every link optional). */
export const AlertLinks = z
  .object({
    /** The monitoring window the numbers were measured on. */
    windowId: z.string().min(1).optional(),
    /** The evaluation a live metric is compared with. */
    evaluationId: z.string().min(1).optional(),
    /** The job that raised it, or that failed. */
    jobId: z.string().min(1).optional(),
    /** A dataset version the loop made or used. */
    datasetVersionId: z.string().min(1).optional(),
    /** A training run the loop started. */
    runId: z.string().min(1).optional(),
  })
  .strict();
export type AlertLinks = z.infer<typeof AlertLinks>;

/** The stretch of traffic the numbers were measured on. */
export const AlertWindow = z
  .object({
    /** ISO time of the window's first request. */
    from: z.string().min(1),
    /** ISO time of its end (its last request, or the end of a time window). */
    to: z.string().min(1),
    /** Prediction rows in the window. */
    rows: z.number().int().min(0),
  })
  .strict();
export type AlertWindow = z.infer<typeof AlertWindow>;

/** Why the alert was raised: the numbers, the window, links, and any other detail (JSON). */
export const AlertEvidence = z
  .object({
    /** The measured numbers and their thresholds, e.g. {"share": 0.6, "threshold": 0.5}; null = not measurable. */
    values: z.record(z.string(), z.number().nullable()).default({}),
    window: AlertWindow.nullable().default(null),
    links: AlertLinks.default({}),
    /** Anything else worth keeping, e.g. {"driftedFeatures": ["age", "income"]}. */
    details: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type AlertEvidence = z.infer<typeof AlertEvidence>;

/** One stored alert. It is open until acknowledged; while open, raising it again bumps `count`. */
export const AlertRecord = z.object({
  id: z.string(),
  modelName: z.string(),
  /** The model version concerned; null when the alert is about the model as a whole. */
  version: z.number().int().nullable(),
  kind: AlertKind,
  /** The highest severity it was raised with while open. */
  severity: AlertSeverity,
  title: z.string(),
  /** What happened and what to do (the latest raise's words). */
  message: z.string(),
  /** The latest raise's evidence. */
  evidence: AlertEvidence,
  /** Raises with the same key fold into one open alert. */
  dedupeKey: z.string(),
  /** ISO time it was first raised. */
  createdAt: z.string(),
  /** ISO time it was last raised. */
  lastSeenAt: z.string(),
  /** Times raised while open (1 at first). */
  count: z.number().int().min(1),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  /** The last webhook delivery: 'sent', 'failed: <why>', or null (no webhook, or not yet done). */
  webhookStatus: z.string().nullable(),
});
export type AlertRecord = z.infer<typeof AlertRecord>;

/** What a monitor gives to raise an alert. */
export const RaiseAlertInput = z
  .object({
    modelName: z.string().min(1, 'give the model name'),
    version: z.number().int().min(1).nullable().default(null),
    kind: AlertKind,
    severity: AlertSeverity,
    title: z.string().min(1, 'give a title').max(200),
    message: z.string().min(1, 'say what happened and what to do').max(4000),
    evidence: AlertEvidence.default({ values: {}, window: null, links: {}, details: {} }),
    /** Defaults to kind:model:version:title, so the same condition never opens two alerts. */
    dedupeKey: z.string().min(1).max(500).optional(),
  })
  .strict();
export type RaiseAlertInput = z.input<typeof RaiseAlertInput>;

const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Why a webhook URL is refused, or null when it is fine: only http(s) URLs on this machine
 * (127.0.0.1, localhost or [::1]) are allowed, because the app works offline and never sends
 * alerts elsewhere.
 */
export function webhookUrlProblem(value: string): string | null {
  const example = 'e.g. http://127.0.0.1:9000/alerts';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `monitor.webhookUrl "${value}" is not a URL; give a local http(s) URL, ${example}.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `monitor.webhookUrl must use http or https, not ${url.protocol.replace(/:$/, '')}; ${example}.`;
  }
  if (!LOCAL_HOSTS.includes(url.hostname.toLowerCase())) {
    return `monitor.webhookUrl must point at this machine (127.0.0.1, localhost or [::1]), not ${url.hostname}: the app works offline and never sends alerts elsewhere; ${example}.`;
  }
  if (url.username || url.password) {
    return `monitor.webhookUrl must not carry a user name or password; ${example}.`;
  }
  return null;
}

/** A webhook URL setting: a local http(s) URL (see webhookUrlProblem). */
export const LocalWebhookUrl = z.string().superRefine((value, ctx) => {
  const problem = webhookUrlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
