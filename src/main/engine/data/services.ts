import type { Db } from '../db/connection.js';
import { LabelsStore } from './labels/labels-store.js';
import { LabelQueue } from './labels/queue.js';
import { ColumnStore } from './store/column-store.js';
import { DatasetsStore } from './store/datasets-store.js';

/** The data step's stores, shared by its handlers and commit steps (main thread). */
export interface DataServices {
  datasets: DatasetsStore;
  labels: LabelsStore;
  columns: ColumnStore;
  queue: LabelQueue;
}

export function createDataServices(db: Db, columnsDir: string): DataServices {
  const datasets = new DatasetsStore(db);
  const labels = new LabelsStore(db);
  const columns = new ColumnStore(columnsDir);
  return { datasets, labels, columns, queue: new LabelQueue(db, labels, columns) };
}
