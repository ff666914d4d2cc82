/**
 * A seeded synthetic CSV for the import benchmark: `rows` rows x 20 columns — 7 integer and 8 float
 * columns (about 1 % empty in two of them), 4 categorical columns (5, 12, 30 and 50 categories)
 * and a 2-class label. About 136 bytes per row (136 MB for 1,000,000 rows).
 * Run alone: node bin/run-ts.mjs bench/gen-csv.ts OUT.csv [rows] [seed]
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORY_COUNTS = [5, 12, 30, 50];

export function header(): string {
  const names: string[] = [];
  for (let i = 1; i <= 7; i++) names.push(`int_${i}`);
  for (let i = 1; i <= 8; i++) names.push(`float_${i}`);
  for (let i = 1; i <= 4; i++) names.push(`cat_${i}`);
  names.push('label');
  return names.join(',');
}

/** Writes the CSV to `path` (through a temp file, renamed when complete). */
export function generateCsv(path: string, rows: number, seed = 42): void {
  const rnd = mulberry32(seed);
  const cats = CATEGORY_COUNTS.map((n, c) => Array.from({ length: n }, (_, i) => `cat${c + 1}_lv_${i + 1}`));
  const intMax = [100, 10_000, 1_000_000, 10, 50_000, 10_000_000, 3650];
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, `${header()}\n`);
    let lines: string[] = [];
    for (let r = 0; r < rows; r++) {
      const f: string[] = [];
      for (let i = 0; i < 7; i++) {
        f.push(i === 2 && rnd() < 0.01 ? '' : String(Math.floor(rnd() * (intMax[i] as number))));
      }
      for (let i = 0; i < 8; i++) {
        if (i === 5 && rnd() < 0.01) {
          f.push('');
          continue;
        }
        // A rough normal (sum of uniforms), scaled per column, 2-4 decimals.
        const z = rnd() + rnd() + rnd() - 1.5;
        const v = z * 10 ** (i % 4) + (i % 3) * 3;
        f.push(v.toFixed(2 + (i % 3)));
      }
      for (let c = 0; c < 4; c++) {
        const list = cats[c] as string[];
        f.push(list[Math.floor(rnd() * list.length)] as string);
      }
      f.push(rnd() < 0.3 ? 'pos' : 'neg');
      lines.push(f.join(','));
      if (lines.length === 10_000) {
        writeSync(fd, `${lines.join('\n')}\n`);
        lines = [];
      }
    }
    if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node bin/run-ts.mjs bench/gen-csv.ts OUT.csv [rows] [seed]');
    process.exit(2);
  }
  generateCsv(out, Number(process.argv[3] ?? 1_000_000), Number(process.argv[4] ?? 42));
}
