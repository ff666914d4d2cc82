/**
 * Data import throughput: generate (once, seeded) a CSV of `rows` rows x 20 columns, then time
 * (a) importFile (parse + inference + building the Table), (b) storing every column in a
 * ColumnStore, (c) computeProfile on the table reloaded from the store, (d) peak RSS, and
 * (e) DuckDB's read_csv_auto into an in-memory table on the same file, for comparison.
 * Run: node bin/run-ts.mjs bench/data-import.ts [rows]   (default 1,000,000)
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../src/main/engine/data/intake/import-file.js';
import { computeProfile } from '../src/main/engine/data/profile/profile.js';
import { ColumnStore } from '../src/main/engine/data/store/column-store.js';
import { missingCount } from '../src/main/engine/data/table/cells.js';
import { STORAGE_OF, type Table } from '../src/main/engine/data/table/types.js';
import type { ColumnSchema } from '../src/shared/data.js';
import { generateCsv } from './gen-csv.js';

const rows = Number(process.argv[2] ?? 1_000_000);
const file = join(tmpdir(), `aif-bench-import-v2-${rows}.csv`);
const rssMb = () => process.resourceUsage().maxRSS / 1024;
const secs = (t0: number) => (performance.now() - t0) / 1000;

if (!existsSync(file)) {
  const t0 = performance.now();
  generateCsv(file, rows);
  console.log(`generated ${file} in ${secs(t0).toFixed(1)} s`);
}
const bytes = statSync(file).size;
console.log(
  `file: ${file} (${(bytes / 1e6).toFixed(1)} MB, ${rows.toLocaleString('en-US')} rows x 20 columns)`,
);

const cpuS = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;

// (a) import
let cpu0 = process.cpuUsage();
let t0 = performance.now();
const imported = await importFile(
  { path: file, format: 'auto', header: 'auto' },
  { signal: new AbortController().signal, progress: () => {} },
);
const importS = secs(t0);
const importCpu = cpuS(process.cpuUsage(cpu0));
const { table } = imported;
if (table.rowCount !== rows) throw new Error(`imported ${table.rowCount} rows, expected ${rows}`);
console.log(
  `import:  ${importS.toFixed(2)} s  (${Math.round(rows / importS).toLocaleString('en-US')} rows/s, ` +
    `${(bytes / 1e6 / importS).toFixed(0)} MB/s, CPU ${importCpu.toFixed(2)} s)  types: ${table.columns.map((c) => c.type).join(',')}`,
);

// (b) store
const dir = mkdtempSync(join(tmpdir(), 'aif-bench-store-'));
t0 = performance.now();
const store = new ColumnStore(dir);
const schema: ColumnSchema[] = table.columns.map((c) => ({
  name: c.name,
  type: c.type,
  inferredType: imported.inferred[c.name] ?? c.type,
  storage: STORAGE_OF[c.type],
  role: c.name === 'label' ? 'target' : 'feature',
  blob: store.put(c.data).hash,
  missing: missingCount(c.data),
  evidence: imported.evidence[c.name] ?? null,
}));
const rowIdsBlob = store.put({ storage: 'int32', values: table.rowIds }).hash;
const storeS = secs(t0);
console.log(`store:   ${storeS.toFixed(2)} s`);
const rssAfterImport = rssMb();

// (c) profile on the reloaded table
const reloaded: Table = {
  rowCount: table.rowCount,
  rowIds: store.getInt32(rowIdsBlob),
  columns: schema.map((c) => ({ name: c.name, type: c.type, data: store.getColumn(c.blob) })),
};
let profileS = Number.NaN;
t0 = performance.now();
try {
  computeProfile(reloaded, { versionId: 'bench', columns: schema, target: 'label', task: 'binary' });
  profileS = secs(t0);
  console.log(`profile: ${profileS.toFixed(2)} s`);
} catch (err) {
  if (/not implemented/.test((err as Error).message)) console.log('profile: not implemented yet');
  else throw err;
}
const peakRss = rssMb();
console.log(`peak RSS: ${peakRss.toFixed(0)} MB (after import + store: ${rssAfterImport.toFixed(0)} MB)`);
rmSync(dir, { recursive: true, force: true });

// (e) DuckDB on the same file
let duckS = Number.NaN;
try {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  cpu0 = process.cpuUsage();
  t0 = performance.now();
  await conn.run(`CREATE TABLE t AS SELECT * FROM read_csv_auto('${file.replaceAll("'", "''")}')`);
  duckS = secs(t0);
  const duckCpu = cpuS(process.cpuUsage(cpu0));
  const count = await conn.runAndReadAll('SELECT count(*) AS n FROM t');
  conn.closeSync();
  console.log(
    `duckdb:  ${duckS.toFixed(2)} s  (CPU ${duckCpu.toFixed(2)} s, ${count.getRows()[0]?.[0]} rows)`,
  );
} catch (err) {
  console.log(`duckdb: unavailable (${(err as Error).message})`);
}
const ours = importS + storeS;
console.log(
  `summary: import+store ${ours.toFixed(2)} s, duckdb ${duckS.toFixed(2)} s, ratio ours/duckdb ${(ours / duckS).toFixed(2)} ` +
    `(target <= 1.5), import-only ratio ${(importS / duckS).toFixed(2)}, peak RSS ${peakRss.toFixed(0)} MB (target < 1024)`,
);
