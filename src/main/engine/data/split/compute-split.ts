import type { SplitSpec, TaskType } from '../../../../shared/data.js';
import type { Table } from '../table/types.js';

/** Per-row assignment: 0 train, 1 validation, 2 test. */
export function computeSplit(_table: Table, _spec: SplitSpec, _target: { name: string; task: TaskType } | null): Uint8Array {
  throw new Error('computeSplit: not implemented yet');
}
