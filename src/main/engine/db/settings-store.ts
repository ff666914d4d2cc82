import { AppError } from '../../../shared/errors.js';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  type Settings,
  type SettingsPatch,
  Settings as SettingsSchema,
} from '../../../shared/settings.js';
import { nowIso } from '../util/ids.js';
import type { Db } from './connection.js';

/** Read and write workspace settings; missing keys take their defaults. */
export class SettingsStore {
  constructor(private readonly db: Db) {}

  getAll(): Settings {
    const rows = this.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const row of rows) {
      if ((SETTING_KEYS as string[]).includes(row.key)) merged[row.key] = JSON.parse(row.value);
    }
    const parsed = SettingsSchema.safeParse(merged);
    // A stored value an older/newer version wrote that no longer validates falls back to defaults.
    if (parsed.success) return parsed.data;
    const repaired: Record<string, unknown> = { ...merged };
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key === 'string' && key in DEFAULT_SETTINGS)
        repaired[key] = DEFAULT_SETTINGS[key as keyof Settings];
    }
    return SettingsSchema.parse(repaired);
  }

  get<K extends keyof Settings>(key: K): Settings[K] {
    return this.getAll()[key];
  }

  /** Apply a validated patch in one transaction and return all settings. */
  set(patch: SettingsPatch): Settings {
    const next = { ...this.getAll(), ...patch };
    const check = SettingsSchema.safeParse(next);
    if (!check.success)
      throw new AppError('invalid_input', check.error.issues.map((i) => i.message).join('; '));
    const upsert = this.db.prepare(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
    const at = nowIso();
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value), at);
      }
    })();
    return this.getAll();
  }
}
