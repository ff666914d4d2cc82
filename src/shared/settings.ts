import { z } from 'zod';
import { BackendId } from './backend.js';

/** Each workspace setting's schema, without defaults (a patch must not fill in missing keys). */
const settingFields = {
  /** Force one ML backend instead of the automatic choice; `auto` tries cuda → tensorflow → wasm → cpu. */
  'ml.backend': z.union([z.literal('auto'), BackendId]),
  /** How many jobs run at once in this process. */
  'jobs.maxConcurrent': z.number().int().min(1).max(16),
  /** The renderer's colour theme. */
  'ui.theme': z.enum(['system', 'light', 'dark']),
};

export const Settings = z.object(settingFields);
export type Settings = z.infer<typeof Settings>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  'ml.backend': 'auto',
  'jobs.maxConcurrent': 2,
  'ui.theme': 'system',
};
export const SETTING_KEYS = Object.keys(settingFields) as SettingKey[];

/** A change to some settings; unknown keys are refused. */
export const SettingsPatch = Settings.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
