import type { EngineEvent } from '../../shared/events.js';
import type { DataServices } from './data/services.js';
import type { Db } from './db/connection.js';
import type { JobsStore } from './db/jobs-store.js';
import type { SettingsStore } from './db/settings-store.js';
import type { JobRunner } from './jobs/runner.js';
import type { BackendService } from './ml/backend-service.js';
import type { MlServices } from './ml/services.js';
import type { ServeManager } from './serve/manager.js';
import type { WorkspacePaths } from './workspace.js';

export type ShellKind = 'electron' | 'browser' | 'cli' | 'test';

/** What every domain's handlers may use. */
export interface EngineContext {
  paths: WorkspacePaths;
  db: Db;
  settings: SettingsStore;
  jobs: JobsStore;
  runner: JobRunner;
  backend: BackendService;
  data: DataServices;
  ml: MlServices;
  /** The inference server (its worker thread) and serve.predict. */
  serve: ServeManager;
  shell: ShellKind;
  electronVersion: string | null;
  emit(event: EngineEvent): void;
}
