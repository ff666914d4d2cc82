import type { ColumnSchema, DatasetProfile, TaskType } from '../../../../shared/data.js';
import type { Table } from '../table/types.js';

export interface ProfileMeta {
  versionId: string;
  columns: ColumnSchema[];
  target: string | null;
  task: TaskType | null;
}

export function computeProfile(_table: Table, _meta: ProfileMeta): DatasetProfile {
  throw new Error('computeProfile: not implemented yet');
}
