import { z } from 'zod';
import { LocalWebhookUrl } from './alerts.js';
import { BackendId } from './backend.js';

/** Each workspace setting's schema, without defaults (a patch must not fill in missing keys). */
const settingFields = {
  /** Force one ML backend instead of the automatic choice; `auto` tries cuda → tensorflow → wasm → cpu. */
  'ml.backend': z.union([z.literal('auto'), BackendId]),
  /** How many jobs run at once in this process. */
  'jobs.maxConcurrent': z.number().int().min(1).max(16),
  /** The renderer's colour theme. */
  'ui.theme': z.enum(['system', 'light', 'dark']),
  /** Start the inference server with the app (and with `ai-factory serve-ui`). */
  'serve.autostart': z.boolean(),
  /** The inference server's address: 127.0.0.1 unless you opt in to more (0.0.0.0 warns). */
  'serve.host': z.string().min(1),
  'serve.port': z.number().int().min(0).max(65_535),
  /** Bearer token for the inference port; null = no auth (fine on 127.0.0.1). */
  'serve.token': z.string().min(8, 'a token needs at least 8 characters').nullable(),
  /** Allowed CORS origins for the inference port; empty = CORS off. */
  'serve.corsOrigins': z.array(z.string().min(1)),
  /** Dynamic batching: most rows in one predict call, and longest wait for a batch to fill (µs). */
  'serve.maxBatchRows': z.number().int().min(1).max(100_000),
  'serve.maxWaitMicros': z.number().int().min(0).max(1_000_000),
  /** Request-log retention: rows older than this many days, or beyond this many rows, are deleted. */
  'serve.logRetentionDays': z.number().int().min(1).max(3650),
  'serve.logRetentionRows': z.number().int().min(1000).max(100_000_000),
  /** POST each new monitoring alert (JSON) here; only http(s) on 127.0.0.1, localhost or [::1]; null = off. */
  'monitor.webhookUrl': LocalWebhookUrl.nullable(),
  /** Check each production model's latest traffic for drift, quality and live-metric drops this often (s); 0 = off. */
  'monitor.watchSeconds': z.number().int().min(0).max(86_400),
  /** The window those checks read: the last N predictions. */
  'monitor.windowRows': z.number().int().min(10).max(1_000_000),
};

export const Settings = z.object(settingFields);
export type Settings = z.infer<typeof Settings>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  'ml.backend': 'auto',
  'jobs.maxConcurrent': 2,
  'ui.theme': 'system',
  'serve.autostart': true,
  'serve.host': '127.0.0.1',
  'serve.port': 5280,
  'serve.token': null,
  'serve.corsOrigins': [],
  'serve.maxBatchRows': 1024,
  'serve.maxWaitMicros': 500,
  'serve.logRetentionDays': 30,
  'serve.logRetentionRows': 1_000_000,
  'monitor.webhookUrl': null,
  'monitor.watchSeconds': 60,
  'monitor.windowRows': 1000,
};
export const SETTING_KEYS = Object.keys(settingFields) as SettingKey[];

/** A change to some settings; unknown keys are refused. */
export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
