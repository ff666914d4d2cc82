/**
 * Test support (tests only): a real workspace (folders, migrated factory.db, column store) with
 * datasets seeded through the data services, a job runner that runs `improve.dataset` in real
 * worker threads with its commit step (wired here as the engine wires it), and a request log
 * written as the inference server's log writer writes it.
 */
import type { ColumnType, SplitSpec, TaskType } from '../../../../../shared/data.js';
import type { JobRecord } from '../../../../../shared/jobs.js';
import { createDataServices, type DataServices } from '../../../data/services.js';
import { computeSplit, countParts } from '../../../data/split/compute-split.js';
import { persistTable } from '../../../data/table/persist.js';
import { type Db, openDatabase } from '../../../db/connection.js';
import { JobsStore } from '../../../db/jobs-store.js';
import { JobRunner } from '../../../jobs/runner.js';
import { resolveWorkerLaunch } from '../../../jobs/worker-launch.js';
import { type FeedbackRow, SqliteLogSink } from '../../../serve/runtime/log-sink.js';
import { buildTable, type PlainValue } from '../../../test-support/build-table.js';
import { tempDir } from '../../../test-support/temp-workspace.js';
import { nowIso } from '../../../util/ids.js';
import { prepareWorkspace } from '../../../workspace.js';
import { loggedRequest, type RequestSpec } from '../../window/test-support/request-log-db.js';
import { improveDatasetCommit } from './commit.js';
import type { ImproveDatasetParamsInput } from './params.js';

export interface ImproveWorkspace {
  db: Db;
  data: DataServices;
  runner: JobRunner;
  sink: SqliteLogSink;
  /** Run an improve.dataset job to its end. */
  improve(params: ImproveDatasetParamsInput): Promise<JobRecord>;
  close(): Promise<void>;
}

export function openImproveWorkspace(): ImproveWorkspace {
  const { dir, cleanup } = tempDir();
  const paths = prepareWorkspace(dir, 'flag');
  const db = openDatabase({ path: paths.databasePath });
  const data = createDataServices(db, paths.columnsDir);
  const commit = improveDatasetCommit(data, db);
  const runner = new JobRunner({
    store: new JobsStore(db),
    workspaceDir: paths.dir,
    databasePath: paths.databasePath,
    artifactsDir: paths.artifactsDir,
    stagingDir: paths.stagingDir,
    launch: resolveWorkerLaunch(),
    backend: () => 'cpu',
    emit: () => {},
    maxConcurrent: () => 2,
    hooks: (kind) => (kind === 'improve.dataset' ? { commit } : undefined),
  });
  return {
    db,
    data,
    runner,
    sink: new SqliteLogSink(db),
    async improve(params) {
      const job = runner.submit('improve.dataset', params);
      return runner.settled(job.id);
    },
    async close() {
      await runner.close();
      db.close();
      cleanup();
    },
  };
}

/** Store a hand-built table as a dataset (one version, no split). */
export function seedDataset(
  w: ImproveWorkspace,
  name: string,
  columns: { name: string; type: ColumnType; values: PlainValue[] }[],
  target: { name: string; task: TaskType } | null = null,
): { datasetId: string; versionId: string } {
  const table = buildTable(columns);
  const stored = persistTable(w.data.columns, table, { target: target?.name ?? null });
  const { datasetId, version } = w.data.datasets.createDataset({
    name,
    source: { path: `/test/${name}.csv`, format: 'csv', bytes: 0 },
    version: {
      parentId: null,
      recipe: null,
      note: 'seeded by a test',
      rows: table.rowCount,
      ...stored,
      target: target?.name ?? null,
      task: target?.task ?? null,
      split: null,
    },
  });
  return { datasetId, versionId: version.id };
}

/** A dataset whose only version has a target and a saved split. */
export function seedWithSplit(
  w: ImproveWorkspace,
  name: string,
  columns: { name: string; type: ColumnType; values: PlainValue[] }[],
  target: { name: string; task: TaskType },
  spec: SplitSpec,
): { datasetId: string; versionId: string } {
  const ids = seedDataset(w, name, columns, target);
  const assignment = computeSplit(buildTable(columns), spec, target);
  const blob = w.data.columns.put({ storage: 'uint8', values: assignment }).hash;
  w.data.datasets.configure(ids.versionId, {
    split: { spec, blob, counts: countParts(assignment), createdAt: nowIso() },
  });
  return ids;
}

export function logRequests(w: ImproveWorkspace, specs: RequestSpec[]): void {
  w.sink.writeLog(specs.map(loggedRequest));
}

export function logFeedback(w: ImproveWorkspace, rows: FeedbackRow[]): void {
  w.sink.writeFeedback(rows);
}
