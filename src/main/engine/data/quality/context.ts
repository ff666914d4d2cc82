import type {
  ColumnProfile,
  ColumnRole,
  ColumnSchema,
  DatasetProfile,
  QualityFinding,
} from '../../../../shared/data.js';
import type { ProfileMeta } from '../profile/profile.js';
import type { Table, TableColumn } from '../table/types.js';

export interface QualityExtras {
  /** Per-row split assignment (0 train, 1 validation, 2 test), when the version has a split. */
  split?: Uint8Array | null;
}

/** What every check reads: the data, its schema and its profile, looked up by column name. */
export interface QualityContext {
  table: Table;
  meta: ProfileMeta;
  profile: DatasetProfile;
  extras: QualityExtras;
  column(name: string): TableColumn | undefined;
  schema(name: string): ColumnSchema | undefined;
  profileOf(name: string): ColumnProfile | undefined;
  role(name: string): ColumnRole;
}

export type QualityCheckFn = (ctx: QualityContext) => QualityFinding[];

export function makeContext(
  table: Table,
  meta: ProfileMeta,
  profile: DatasetProfile,
  extras: QualityExtras,
): QualityContext {
  const columns = new Map(table.columns.map((c) => [c.name, c]));
  const schemas = new Map(meta.columns.map((c) => [c.name, c]));
  const profiles = new Map(profile.columns.map((c) => [c.name, c]));
  return {
    table,
    meta,
    profile,
    extras,
    column: (name) => columns.get(name),
    schema: (name) => schemas.get(name),
    profileOf: (name) => profiles.get(name),
    role: (name) => (name === meta.target ? 'target' : (schemas.get(name)?.role ?? 'feature')),
  };
}
