import type { Condition, RecipeStep } from '../../../../../shared/data';
import type { RecipeOp } from '../lib/column-types';

/** What each op is called in the editor. */
export const OP_LABEL: Record<RecipeOp, string> = {
  impute: 'Fill missing values',
  drop_columns: 'Drop columns',
  drop_missing: 'Drop rows with missing values',
  drop_rows: 'Drop rows matching',
  filter: 'Keep only rows matching',
  clip: 'Clip values',
  winsorize: 'Winsorize (clip to quantiles)',
  deduplicate: 'Drop duplicate rows',
  cast: 'Change a column’s type',
  rename: 'Rename a column',
  group_rare: 'Group rare categories',
  apply_labels: 'Write labels into a column',
};

export const CONDITION_OPS = [
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'in',
  'not_in',
  'is_missing',
  'not_missing',
  'contains',
] as const satisfies readonly Condition['op'][];

export const CONDITION_LABEL: Record<Condition['op'], string> = {
  eq: '=',
  ne: '≠',
  lt: '<',
  le: '≤',
  gt: '>',
  ge: '≥',
  in: 'is one of',
  not_in: 'is none of',
  is_missing: 'is missing',
  not_missing: 'is not missing',
  contains: 'contains',
};

/** A new step of an op, filled with sensible defaults from the first column. */
export function defaultStep(op: RecipeOp, columns: string[]): RecipeStep {
  const first = columns[0] ?? '';
  switch (op) {
    case 'impute':
      return { op, columns: first ? [first] : [], strategy: 'mode', addIndicator: false };
    case 'drop_columns':
      return { op, columns: [] };
    case 'drop_missing':
      return { op };
    case 'drop_rows':
    case 'filter':
      return { op, where: [{ column: first, op: 'is_missing' }] };
    case 'clip':
      return { op, column: first };
    case 'winsorize':
      return { op, column: first, lower: 0.01, upper: 0.99 };
    case 'deduplicate':
      return { op };
    case 'cast':
      return { op, column: first, to: 'categorical' };
    case 'rename':
      return { op, from: first, to: '' };
    case 'group_rare':
      return { op, column: first, minShare: 0.01, other: '(other)' };
    case 'apply_labels':
      return { op, column: 'label' };
  }
}

function list(names: string[] | undefined, all: string): string {
  if (!names || names.length === 0) return all;
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} +${names.length - 3}` : names.join(', ');
}

function conditionText(c: Condition): string {
  const value = Array.isArray(c.value) ? c.value.join(', ') : c.value === undefined ? '' : ` ${c.value}`;
  if (c.op === 'is_missing' || c.op === 'not_missing') return `${c.column} ${CONDITION_LABEL[c.op]}`;
  if (c.op === 'in' || c.op === 'not_in') return `${c.column} ${CONDITION_LABEL[c.op]} {${value}}`;
  return `${c.column} ${CONDITION_LABEL[c.op]}${value}`;
}

/** One line saying what a step does, for the step list and the lineage view. */
export function stepSummary(step: RecipeStep): string {
  switch (step.op) {
    case 'impute':
      return `impute ${list(step.columns, '(no columns)')} with ${step.strategy}${
        step.strategy === 'constant' ? ` ${String(step.value ?? '')}` : ''
      }${step.addIndicator ? ' + indicator' : ''}`;
    case 'drop_columns':
      return `drop ${list(step.columns, '(no columns)')}`;
    case 'drop_missing':
      return `drop rows missing ${list(step.columns, 'any column')}`;
    case 'drop_rows':
      return `drop rows where ${step.where.map(conditionText).join(' and ')}`;
    case 'filter':
      return `keep rows where ${step.where.map(conditionText).join(' and ')}`;
    case 'clip':
      return `clip ${step.column} to [${step.min ?? '−∞'}, ${step.max ?? '∞'}]`;
    case 'winsorize':
      return `winsorize ${step.column} to quantiles ${step.lower}–${step.upper}`;
    case 'deduplicate':
      return `drop duplicate rows (comparing ${list(step.columns, 'all columns')})`;
    case 'cast':
      return `cast ${step.column} to ${step.to}`;
    case 'rename':
      return `rename ${step.from} → ${step.to}`;
    case 'group_rare':
      return `group ${step.column} categories under ${formatShare(step.minShare)} into “${step.other}”`;
    case 'apply_labels':
      return `write labels into ${step.column}`;
  }
}

function formatShare(share: number): string {
  return `${Number((share * 100).toPrecision(3))} %`;
}

/**
 * The column names a step may refer to: the version's columns as earlier steps leave them
 * (renames, drops, indicator and label columns), so pickers offer what will exist.
 */
export function columnsBefore(schema: string[], steps: RecipeStep[], index: number): string[] {
  let cols = [...schema];
  for (const step of steps.slice(0, index)) {
    switch (step.op) {
      case 'rename':
        cols = cols.map((c) => (c === step.from ? step.to : c)).filter(Boolean);
        break;
      case 'drop_columns':
        cols = cols.filter((c) => !step.columns.includes(c));
        break;
      case 'impute':
        if (step.addIndicator)
          for (const c of step.columns) if (!cols.includes(`${c}_missing`)) cols.push(`${c}_missing`);
        break;
      case 'apply_labels':
        if (!cols.includes(step.column)) cols.push(step.column);
        break;
      default:
        break;
    }
  }
  return cols;
}
