import { join } from 'node:path';
import type { EngineEvent } from '../../../../shared/events.js';
import { type Db, openDatabase } from '../../db/connection.js';
import { SettingsStore } from '../../db/settings-store.js';
import { tempDir } from '../../test-support/temp-workspace.js';
import { AlertsService } from './alerts-service.js';

/** A real SQLite workspace with an alerts service on it, recording every event (tests). */
export interface AlertsWorkspace {
  db: Db;
  settings: SettingsStore;
  alerts: AlertsService;
  events: EngineEvent[];
  /** Waits for webhook deliveries, closes the database and removes the folder. */
  cleanup(): Promise<void>;
}

/** Open a fresh workspace database (all migrations) with an alerts service on it. */
export function openAlertsWorkspace(): AlertsWorkspace {
  const { dir, cleanup } = tempDir('aif-alerts-');
  const db = openDatabase({ path: join(dir, 'factory.db') });
  const settings = new SettingsStore(db);
  const events: EngineEvent[] = [];
  const alerts = new AlertsService({ db, settings, emit: (e) => events.push(e) });
  return {
    db,
    settings,
    alerts,
    events,
    cleanup: async () => {
      await alerts.idle();
      db.close();
      cleanup();
    },
  };
}
