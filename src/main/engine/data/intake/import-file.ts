import type { ColumnType, InferenceEvidence, SourceFormat } from '../../../../shared/data.js';
import type { Table } from '../table/types.js';

export interface ImportOptions {
  path: string;
  format: 'auto' | SourceFormat;
  /** CSV delimiter; detected when absent. */
  delimiter?: string;
  header: 'auto' | 'yes' | 'no';
  /** Type overrides by column name (applied instead of inference). */
  types?: Record<string, ColumnType>;
}

export interface ImportHooks {
  signal: AbortSignal;
  progress(fraction: number, message: string): void;
}

export interface ImportedTable {
  /** rowIds are 0..n-1. */
  table: Table;
  format: SourceFormat;
  bytes: number;
  /** What inference chose per column, before overrides. */
  inferred: Record<string, ColumnType>;
  evidence: Record<string, InferenceEvidence>;
  warnings: string[];
}

export async function importFile(_opts: ImportOptions, _hooks: ImportHooks): Promise<ImportedTable> {
  throw new Error('importFile: not implemented yet');
}
