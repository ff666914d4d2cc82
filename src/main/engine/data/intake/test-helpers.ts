/** Test helpers: temp files, an importFile call with defaults, and reading cells back. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cell } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { cellAt } from '../table/cells.js';
import type { TableColumn } from '../table/types.js';
import { type ImportedTable, type ImportOptions, importFile } from './import-file.js';

export { datasetsDir } from '../../test-support/datasets.js';

export class TempDir {
  readonly dir = mkdtempSync(join(tmpdir(), 'aif-intake-'));

  file(name: string, content: string | Uint8Array): string {
    const p = join(this.dir, name);
    writeFileSync(p, content);
    return p;
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function load(
  path: string,
  opts: Partial<ImportOptions> = {},
  progress?: (f: number, m: string) => void,
): Promise<ImportedTable> {
  return importFile(
    { path, format: 'auto', header: 'auto', ...opts },
    { signal: new AbortController().signal, progress: progress ?? (() => {}) },
  );
}

/** The AppError an import throws (fails the test when it does not throw one). */
export async function importError(path: string, opts: Partial<ImportOptions> = {}): Promise<AppError> {
  try {
    await load(path, opts);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error(`importing ${path} did not fail`);
}

export function column(t: ImportedTable, name: string): TableColumn {
  const c = t.table.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}; columns: ${t.table.columns.map((x) => x.name).join(', ')}`);
  return c;
}

/** Every cell of a column as it crosses the contract. */
export function cells(t: ImportedTable, name: string): Cell[] {
  const c = column(t, name);
  return Array.from({ length: t.table.rowCount }, (_, i) => cellAt(c, i));
}
