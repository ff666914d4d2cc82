import type { Db } from '../db/connection.js';
import { ModelsStore } from './store/models-store.js';
import { RunsStore } from './store/runs-store.js';
import { TuningsStore } from './store/tunings-store.js';

/** The training step's stores (main thread). */
export interface MlServices {
  runs: RunsStore;
  tunings: TuningsStore;
  models: ModelsStore;
}

export function createMlServices(db: Db): MlServices {
  const runs = new RunsStore(db);
  return { runs, tunings: new TuningsStore(db, runs), models: new ModelsStore(db) };
}
