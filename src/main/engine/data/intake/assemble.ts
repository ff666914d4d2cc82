/** Finish every column builder into the imported table, or say which columns need a text re-read. */
import type { ColumnType, InferenceEvidence } from '../../../../shared/data.js';
import type { Table, TableColumn } from '../table/types.js';
import type { ReadHint } from './csv-sniff.js';
import { type FinishedColumn, finishNumber, finishString } from './finish-column.js';
import { NumberBuilder } from './number-builder.js';
import type { Prefaulter } from './prefault.js';
import { StringBuilder } from './string-builder.js';

export type ColumnBuilder = NumberBuilder | StringBuilder;

export interface Assembled {
  table: Table;
  inferred: Record<string, ColumnType>;
  evidence: Record<string, InferenceEvidence>;
  warnings: string[];
}

export function makeBuilder(
  hint: ReadHint,
  column: number,
  capacity: number,
  memory?: Prefaulter,
): ColumnBuilder {
  if (hint === 'string') return new StringBuilder(column, memory ? memory.int32(capacity) : capacity);
  return new NumberBuilder(hint, column, memory ? memory.float64(capacity) : capacity);
}

/**
 * The read hint for a column: overrides to a text-stored or boolean type need the text; numeric and
 * datetime overrides keep the fast reading when the sample agrees.
 */
export function hintWithOverride(sampleHint: ReadHint, forced: ColumnType | undefined): ReadHint {
  if (!forced) return sampleHint;
  if ((forced === 'integer' || forced === 'float') && sampleHint === 'number') return 'number';
  if (forced === 'datetime' && sampleHint === 'datetime') return 'datetime';
  return 'string';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** Returns the finished table, or the indexes of columns that must be read again as text. */
export function assemble(
  builders: ColumnBuilder[],
  names: string[],
  rowCount: number,
  types: Record<string, ColumnType> | undefined,
): Assembled | { reread: number[] } {
  const finished: FinishedColumn[] = [];
  const reread: number[] = [];
  builders.forEach((b, j) => {
    const name = names[j] as string;
    const forced = types?.[name];
    if (b instanceof NumberBuilder) {
      const f = finishNumber(b, name, forced);
      if (f) finished.push(f);
      else reread.push(j);
    } else {
      finished.push(finishString(b, name, forced));
    }
  });
  if (reread.length > 0) return { reread };
  const columns: TableColumn[] = [];
  const inferred: Record<string, ColumnType> = {};
  const evidence: Record<string, InferenceEvidence> = {};
  const warnings: string[] = [];
  for (const f of finished) {
    const { name, type } = f.column;
    columns.push(f.column);
    inferred[name] = f.inferred;
    evidence[name] = f.evidence;
    const e = f.evidence;
    const nonMissing = e.integer + e.float + e.boolean + e.datetime + e.string;
    if (nonMissing === 0 && rowCount > 0)
      warnings.push(`Column "${name}" has no values (every row is missing).`);
    if (f.offenderCount > 0) {
      const first = e.offenders[0];
      const example = first ? ` (first: "${first.value}" on data row ${first.row})` : '';
      warnings.push(
        `Column "${name}" is ${type}: ${plural(f.offenderCount, 'value')} that did not fit${example} were read as missing.`,
      );
    }
  }
  const rowIds = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) rowIds[i] = i;
  return { table: { rowCount, rowIds, columns }, inferred, evidence, warnings };
}
