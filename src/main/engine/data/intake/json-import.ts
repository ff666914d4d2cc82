/**
 * Importing a JSON array of objects or JSON Lines: one record at a time into per-column builders.
 * Columns are the union of keys in first-seen order; a key missing from a record is a missing
 * value; nested objects and arrays are kept as their JSON text. The first records decide which
 * columns are read as numbers; a wrong guess re-reads the file with that column as text.
 */
import type { FileHandle } from 'node:fs/promises';
import { type Assembled, assemble, type ColumnBuilder, hintWithOverride, makeBuilder } from './assemble.js';
import { Demote } from './builder-common.js';
import { checkColumnNames } from './column-names.js';
import type { ReadHint } from './csv-sniff.js';
import type { ImportOptions } from './import-file.js';
import { countKind, decideKind, emptyCounts, type KindCounts } from './infer-type.js';
import { invalid } from './intake-errors.js';
import { JsonRecords } from './json-scan.js';
import { MAX_COLUMNS } from './limits.js';
import type { Progress } from './progress.js';
import { classify, K_BOOL, K_FLOAT, K_INT } from './value-parse.js';

export interface JsonInput {
  path: string;
  fh: FileHandle;
  size: number;
  bom: number;
  format: 'json' | 'jsonl';
}

const SAMPLE_RECORDS = 1000;
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
let scratch = Buffer.allocUnsafe(4096);

function writeText(text: string): number {
  if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(text.length * 3 + 1024);
  return scratch.write(text, 0, 'utf8');
}

function addValue(b: ColumnBuilder, v: unknown): void {
  if (v === null || v === undefined) b.addMissing();
  else if (typeof v === 'number') b.addNumber(v);
  else if (typeof v === 'boolean') b.addRaw(v ? TRUE : FALSE, 0, v ? 4 : 5);
  else {
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    b.addRaw(scratch, 0, writeText(text));
  }
}

/** Kind counts of each key over the first records: which columns to read as numbers. */
async function sampleHints(input: JsonInput): Promise<Map<string, KindCounts>> {
  const records = new JsonRecords(input.path, input.fh, input.size, input.bom, input.format);
  const counts = new Map<string, KindCounts>();
  for (let n = 0; n < SAMPLE_RECORDS; n++) {
    const rec = await records.next();
    if (!rec) break;
    for (const [key, v] of Object.entries(rec)) {
      let c = counts.get(key);
      if (!c) {
        c = emptyCounts();
        counts.set(key, c);
      }
      if (v === null) c.missing++;
      else if (typeof v === 'number') countKind(c, Number.isSafeInteger(v) ? K_INT : K_FLOAT, 1);
      else if (typeof v === 'boolean') countKind(c, K_BOOL, 1);
      else if (typeof v === 'string') countKind(c, classify(scratch, 0, writeText(v)), 1);
      else c.string++;
    }
  }
  return counts;
}

export async function importJson(
  input: JsonInput,
  opts: ImportOptions,
  progress: Progress,
): Promise<Assembled> {
  const sample = await sampleHints(input);
  const forcedHints = new Map<string, ReadHint>();
  const types = opts.types ?? {};
  for (;;) {
    const records = new JsonRecords(input.path, input.fh, input.size, input.bom, input.format);
    const names: string[] = [];
    const index = new Map<string, number>();
    const builders: ColumnBuilder[] = [];
    let rows = 0;
    try {
      for (;;) {
        const rec = await records.next();
        if (!rec) break;
        for (const key in rec) {
          if (index.has(key)) continue;
          if (names.length >= MAX_COLUMNS) {
            throw invalid(
              input.path,
              `the records have more than ${MAX_COLUMNS.toLocaleString('en-US')} distinct keys; at most that many columns are supported.`,
            );
          }
          const c = sample.get(key);
          const sampleHint: ReadHint =
            c && (decideKind(c) === 'integer' || decideKind(c) === 'float') ? 'number' : 'string';
          const hint = forcedHints.get(key) ?? hintWithOverride(sampleHint, types[key]);
          const b = makeBuilder(hint === 'datetime' ? 'string' : hint, names.length, 1024);
          b.padTo(rows);
          index.set(key, names.length);
          names.push(key);
          builders.push(b);
        }
        for (let j = 0; j < names.length; j++)
          addValue(builders[j] as ColumnBuilder, rec[names[j] as string]);
        rows++;
        if ((rows & 1023) === 0) {
          progress.checkCancelled();
          progress.report(records.bytesRead / input.size, `read ${rows.toLocaleString('en-US')} rows`);
        }
      }
    } catch (err) {
      if (!(err instanceof Demote)) throw err;
      forcedHints.set(names[err.column] as string, 'string');
      progress.restart();
      continue;
    }
    if (rows === 0)
      throw invalid(input.path, 'the file holds no records. Add at least one object (one row).');
    if (names.length === 0) throw invalid(input.path, 'the records have no keys, so there are no columns.');
    checkColumnNames(input.path, names);
    for (const key of Object.keys(types)) {
      if (!index.has(key)) {
        throw invalid(
          input.path,
          `a type is given for column "${key}", which the file does not have. Columns: ${names.join(', ')}.`,
        );
      }
    }
    const out = assemble(builders, names, rows, opts.types);
    if ('table' in out) return out;
    for (const j of out.reread) forcedHints.set(names[j] as string, 'string');
    progress.restart();
  }
}
