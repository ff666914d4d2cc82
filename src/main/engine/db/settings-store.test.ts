import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings.js';
import { tempDir } from '../test-support/temp-workspace.js';
import { openDatabase } from './connection.js';
import { SettingsStore } from './settings-store.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('SettingsStore', () => {
  it('returns defaults, applies patches, and keeps them across reopen', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const path = join(t.dir, 'factory.db');
    const db = openDatabase({ path });
    const store = new SettingsStore(db);
    expect(store.getAll()).toEqual(DEFAULT_SETTINGS);
    const after = store.set({ 'ui.theme': 'dark', 'jobs.maxConcurrent': 3 });
    expect(after).toEqual({ ...DEFAULT_SETTINGS, 'ui.theme': 'dark', 'jobs.maxConcurrent': 3 });
    db.close();
    const reopened = openDatabase({ path });
    expect(new SettingsStore(reopened).get('ui.theme')).toBe('dark');
    reopened.close();
  });

  it('falls back to the default for a stored value that no longer validates', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const db = openDatabase({ path: join(t.dir, 'factory.db') });
    db.prepare(
      "INSERT INTO settings (key, value, updated_at) VALUES ('ui.theme', '\"purple\"', 'now')",
    ).run();
    const store = new SettingsStore(db);
    expect(store.get('ui.theme')).toBe('system');
    expect(() => store.set({ 'jobs.maxConcurrent': 0 })).toThrow(/>=1|too small|greater/i);
    db.close();
  });
});
