import Database from 'better-sqlite3';
import type { Db } from '../db/connection.js';
import type { JobContext } from '../jobs/job-kind.js';
import { workspacePaths } from '../workspace.js';
import { LabelsStore } from './labels/labels-store.js';
import { ColumnStore } from './store/column-store.js';
import { DatasetsStore } from './store/datasets-store.js';

/**
 * What a data job needs inside its worker: a read-only view of factory.db (manifests, labels)
 * and the column store. Workers never write the database; the job's commit step does, in the
 * main thread, in one transaction.
 */
export interface WorkerData {
  db: Db;
  datasets: DatasetsStore;
  labels: LabelsStore;
  columns: ColumnStore;
  close(): void;
}

export function openWorkerData(ctx: Pick<JobContext, 'databasePath' | 'workspaceDir'>): WorkerData {
  const db: Db = new Database(ctx.databasePath, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return {
    db,
    datasets: new DatasetsStore(db),
    labels: new LabelsStore(db),
    columns: new ColumnStore(workspacePaths(ctx.workspaceDir, 'flag').columnsDir),
    close: () => db.close(),
  };
}
