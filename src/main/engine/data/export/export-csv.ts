import type { Table } from '../table/types.js';

export interface ExportOptions {
  /** Effective label per row id, written as an extra column `labelColumn`. */
  labels?: (rowId: number) => string | null;
  labelColumn?: string;
  signal?: AbortSignal;
  progress?(fraction: number, message: string): void;
}

/** Write the table as RFC 4180 CSV (UTF-8, header row), atomically (temp file + rename). */
export async function exportCsv(_table: Table, _path: string, _opts: ExportOptions = {}): Promise<{ rows: number; bytes: number }> {
  throw new Error('exportCsv: not implemented yet');
}
