import type { ColumnRole, ColumnSchema, ColumnType, InferenceEvidence } from '../../../../shared/data.js';
import type { ColumnStore } from '../store/column-store.js';
import { missingCount } from './cells.js';
import { STORAGE_OF, type Table } from './types.js';

export interface PersistOptions {
  /** Inference's choice per column (import). */
  inferred?: Record<string, ColumnType>;
  evidence?: Record<string, InferenceEvidence>;
  /** The parent version's schema: roles and inference carry over by column name. */
  previous?: ColumnSchema[];
  target?: string | null;
}

function defaultRole(name: string, type: ColumnType, target: string | null | undefined): ColumnRole {
  if (target && name === target) return 'target';
  return type === 'identifier' ? 'excluded' : 'feature';
}

/** Store every column (content-addressed) and the row ids; returns the version's schema. */
export function persistTable(
  store: ColumnStore,
  table: Table,
  opts: PersistOptions = {},
): { columns: ColumnSchema[]; rowIdsBlob: string } {
  const rowIdsBlob = store.put({ storage: 'int32', values: table.rowIds }).hash;
  const columns = table.columns.map((c): ColumnSchema => {
    if (c.data.storage !== STORAGE_OF[c.type]) {
      throw new Error(
        `column ${c.name}: type ${c.type} must be stored as ${STORAGE_OF[c.type]}, not ${c.data.storage}`,
      );
    }
    const prev = opts.previous?.find((p) => p.name === c.name);
    const { hash } = store.put(c.data);
    const role: ColumnRole =
      opts.target !== undefined && opts.target !== null && c.name === opts.target
        ? 'target'
        : prev
          ? prev.role === 'target' && opts.target !== undefined && opts.target !== c.name
            ? 'feature'
            : prev.role
          : defaultRole(c.name, c.type, opts.target);
    return {
      name: c.name,
      type: c.type,
      inferredType: opts.inferred?.[c.name] ?? prev?.inferredType ?? c.type,
      storage: c.data.storage,
      role,
      blob: hash,
      missing: missingCount(c.data),
      evidence: opts.evidence?.[c.name] ?? (prev && prev.type === c.type ? prev.evidence : null),
    };
  });
  return { columns, rowIdsBlob };
}
