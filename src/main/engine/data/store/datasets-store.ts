import { createHash } from 'node:crypto';
import {
  type ColumnSchema,
  type DatasetRecord,
  type Recipe,
  type SourceFormat,
  type SplitInfo,
  type TaskType,
  type VersionRecord,
  VersionRecord as VersionSchema,
} from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { Db } from '../../db/connection.js';
import { newId, nowIso } from '../../util/ids.js';

interface VersionRow {
  id: string;
  dataset_id: string;
  number: number;
  parent_id: string | null;
  recipe: string | null;
  note: string;
  rows: number;
  columns: string;
  row_ids_blob: string;
  content_hash: string;
  target: string | null;
  task: TaskType | null;
  split: string | null;
  created_at: string;
}

/** A version as the engine uses it internally: the record plus the row-id file. */
export interface VersionManifest extends VersionRecord {
  rowIdsBlob: string;
}

/** The data a new version is made of (everything but ids, number and time). */
export interface NewVersion {
  parentId: string | null;
  recipe: Recipe | null;
  note: string;
  rows: number;
  columns: ColumnSchema[];
  rowIdsBlob: string;
  target: string | null;
  task: TaskType | null;
  split: SplitInfo | null;
}

function toManifest(r: VersionRow): VersionManifest {
  return {
    id: r.id,
    datasetId: r.dataset_id,
    number: r.number,
    parentId: r.parent_id,
    recipe: r.recipe ? (JSON.parse(r.recipe) as Recipe) : null,
    note: r.note,
    rows: r.rows,
    columns: JSON.parse(r.columns) as ColumnSchema[],
    rowIdsBlob: r.row_ids_blob,
    contentHash: r.content_hash,
    target: r.target,
    task: r.task,
    split: r.split ? (JSON.parse(r.split) as SplitInfo) : null,
    createdAt: r.created_at,
  };
}

/** The public record (what crosses the contract). */
export function toVersionRecord(m: VersionManifest): VersionRecord {
  const { rowIdsBlob: _rowIds, ...rest } = m;
  return VersionSchema.parse(rest);
}

/** sha256 over what the rows are: count, row ids, and each column's name, type and bytes. */
export function contentHashOf(v: Pick<NewVersion, 'rows' | 'rowIdsBlob' | 'columns'>): string {
  const canonical = JSON.stringify({
    rows: v.rows,
    rowIds: v.rowIdsBlob,
    columns: v.columns.map((c) => [c.name, c.type, c.blob]),
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/** Datasets and versions in factory.db. Versions are never changed, except their configuration (target, task, roles, split). */
export class DatasetsStore {
  constructor(private readonly db: Db) {}

  /** A free name: `name`, else `name (2)`, `name (3)`… */
  uniqueName(name: string): string {
    const taken = new Set(
      (
        this.db
          .prepare('SELECT name FROM datasets WHERE name = ? OR name LIKE ?')
          .all(name, `${name} (%)`) as { name: string }[]
      ).map((r) => r.name),
    );
    if (!taken.has(name)) return name;
    for (let i = 2; ; i++) if (!taken.has(`${name} (${i})`)) return `${name} (${i})`;
  }

  /** Create a dataset with its first version, atomically. */
  createDataset(args: {
    name: string;
    source: { path: string; format: SourceFormat; bytes: number };
    version: NewVersion;
  }): {
    datasetId: string;
    version: VersionManifest;
  } {
    const datasetId = newId('ds');
    const run = this.db.transaction(() => {
      const name = this.uniqueName(args.name);
      this.db
        .prepare(
          'INSERT INTO datasets (id, name, source_path, source_format, source_bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(datasetId, name, args.source.path, args.source.format, args.source.bytes, nowIso());
      return this.insertVersion(datasetId, args.version);
    });
    return { datasetId, version: run.immediate() };
  }

  /** Add a version to a dataset (number = last + 1), atomically. */
  addVersion(datasetId: string, v: NewVersion): VersionManifest {
    return this.db.transaction(() => this.insertVersion(datasetId, v)).immediate();
  }

  private insertVersion(datasetId: string, v: NewVersion): VersionManifest {
    const id = newId('ver');
    const number =
      ((
        this.db
          .prepare('SELECT max(number) AS n FROM dataset_versions WHERE dataset_id = ?')
          .get(datasetId) as { n: number | null }
      ).n ?? 0) + 1;
    this.db
      .prepare(
        `INSERT INTO dataset_versions (id, dataset_id, number, parent_id, recipe, note, rows, columns, row_ids_blob, content_hash, target, task, split, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        datasetId,
        number,
        v.parentId,
        v.recipe ? JSON.stringify(v.recipe) : null,
        v.note,
        v.rows,
        JSON.stringify(v.columns),
        v.rowIdsBlob,
        contentHashOf(v),
        v.target,
        v.task,
        v.split ? JSON.stringify(v.split) : null,
        nowIso(),
      );
    return this.requireVersion(id);
  }

  version(id: string): VersionManifest | undefined {
    const row = this.db.prepare('SELECT * FROM dataset_versions WHERE id = ?').get(id) as
      | VersionRow
      | undefined;
    return row ? toManifest(row) : undefined;
  }

  requireVersion(id: string): VersionManifest {
    const v = this.version(id);
    if (!v)
      throw new AppError(
        'not_found',
        `No dataset version ${id}. List datasets with \`ai-factory data list\`.`,
      );
    return v;
  }

  /**
   * A version by id, `dataset-name@N`, `dataset-id@N`, or a dataset name/id (its latest version).
   */
  resolveVersion(ref: string): VersionManifest {
    const direct = this.version(ref);
    if (direct) return direct;
    const at = ref.lastIndexOf('@');
    const dsRef = at > 0 ? ref.slice(0, at) : ref;
    const num = at > 0 ? Number(ref.slice(at + 1)) : null;
    const ds = this.db.prepare('SELECT id FROM datasets WHERE id = ? OR name = ?').get(dsRef, dsRef) as
      | { id: string }
      | undefined;
    if (!ds)
      throw new AppError(
        'not_found',
        `No dataset or version "${ref}". List them with \`ai-factory data list\`.`,
      );
    const row = (
      num === null
        ? this.db
            .prepare('SELECT * FROM dataset_versions WHERE dataset_id = ? ORDER BY number DESC LIMIT 1')
            .get(ds.id)
        : this.db
            .prepare('SELECT * FROM dataset_versions WHERE dataset_id = ? AND number = ?')
            .get(ds.id, num)
    ) as VersionRow | undefined;
    if (!row) throw new AppError('not_found', `Dataset "${dsRef}" has no version ${num}.`);
    return toManifest(row);
  }

  dataset(id: string): DatasetRecord | undefined {
    const d = this.db.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as
      | {
          id: string;
          name: string;
          source_path: string;
          source_format: SourceFormat;
          source_bytes: number;
          created_at: string;
        }
      | undefined;
    if (!d) return undefined;
    const versions = this.db
      .prepare(
        'SELECT id, number, rows, created_at, note FROM dataset_versions WHERE dataset_id = ? ORDER BY number',
      )
      .all(id) as { id: string; number: number; rows: number; created_at: string; note: string }[];
    return {
      id: d.id,
      name: d.name,
      createdAt: d.created_at,
      source: { path: d.source_path, format: d.source_format, bytes: d.source_bytes },
      versions: versions.map((v) => ({
        id: v.id,
        number: v.number,
        rows: v.rows,
        createdAt: v.created_at,
        note: v.note,
      })),
    };
  }

  requireDataset(id: string): DatasetRecord {
    const d = this.dataset(id);
    if (!d) throw new AppError('not_found', `No dataset ${id}.`);
    return d;
  }

  list(): DatasetRecord[] {
    const ids = this.db
      .prepare('SELECT id FROM datasets ORDER BY created_at DESC, id DESC')
      .pluck()
      .all() as string[];
    return ids.map((id) => this.requireDataset(id));
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM datasets').pluck().get() as number;
  }

  deleteDataset(id: string): void {
    this.requireDataset(id);
    this.db.prepare('DELETE FROM datasets WHERE id = ?').run(id);
  }

  /** Change a version's configuration (not its data): target, task, roles, split. */
  configure(
    id: string,
    patch: {
      target?: string | null;
      task?: TaskType | null;
      columns?: ColumnSchema[];
      split?: SplitInfo | null;
    },
  ): VersionManifest {
    const v = this.requireVersion(id);
    const next = { ...v, ...patch };
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE dataset_versions SET target = ?, task = ?, columns = ?, split = ? WHERE id = ?')
        .run(
          next.target,
          next.task,
          JSON.stringify(next.columns),
          next.split ? JSON.stringify(next.split) : null,
          id,
        );
      this.db.prepare('DELETE FROM version_cache WHERE version_id = ?').run(id);
    })();
    return this.requireVersion(id);
  }

  cacheGet<T>(versionId: string, kind: string, key: string): T | undefined {
    const row = this.db
      .prepare('SELECT key, value FROM version_cache WHERE version_id = ? AND kind = ?')
      .get(versionId, kind) as { key: string; value: string } | undefined;
    return row && row.key === key ? (JSON.parse(row.value) as T) : undefined;
  }

  cachePut(versionId: string, kind: string, key: string, value: unknown): void {
    this.db
      .prepare(
        'INSERT INTO version_cache (version_id, kind, key, value, computed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (version_id, kind) DO UPDATE SET key = excluded.key, value = excluded.value, computed_at = excluded.computed_at',
      )
      .run(versionId, kind, key, JSON.stringify(value), nowIso());
  }

  /** Every column file a version references (for the workspace check and garbage collection). */
  referencedBlobs(): Set<string> {
    const out = new Set<string>();
    for (const r of this.db.prepare('SELECT columns, row_ids_blob, split FROM dataset_versions').all() as {
      columns: string;
      row_ids_blob: string;
      split: string | null;
    }[]) {
      out.add(r.row_ids_blob);
      for (const c of JSON.parse(r.columns) as ColumnSchema[]) out.add(c.blob);
      if (r.split) out.add((JSON.parse(r.split) as SplitInfo).blob);
    }
    return out;
  }
}
