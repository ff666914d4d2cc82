import type { SearchDimension, SearchSpace } from '../../../../../shared/train';
import { type TunableKind, tunablePath } from './tunable-paths';

export type DimensionType = SearchDimension['type'];

/** A search-space dimension as the editor holds it: numbers as typed, choices as one comma list. */
export interface DimensionDraft {
  /** Stable key for React and errors. */
  key: string;
  path: string;
  type: DimensionType;
  min: string;
  max: string;
  log: boolean;
  /** Choice values, comma separated. */
  values: string;
}

let counter = 0;
const nextKey = () => {
  counter += 1;
  return `dim-${counter}`;
};

export function draftsFromSpace(space: SearchSpace): DimensionDraft[] {
  return space.map((d) =>
    d.type === 'choice'
      ? {
          key: nextKey(),
          path: d.path,
          type: 'choice',
          min: '',
          max: '',
          log: false,
          values: d.values.join(', '),
        }
      : {
          key: nextKey(),
          path: d.path,
          type: d.type,
          min: String(d.min),
          max: String(d.max),
          log: d.log,
          values: '',
        },
  );
}

/** The types a parameter of this kind can be searched as. */
export function typesFor(kind: TunableKind): DimensionType[] {
  if (kind === 'float') return ['float', 'choice'];
  if (kind === 'int') return ['int', 'choice'];
  return ['choice'];
}

/** A dimension for another parameter: a type that suits it, and for named values all of them. */
export function withPath(d: DimensionDraft, path: string): DimensionDraft {
  const t = tunablePath(path);
  if (!t) return { ...d, path };
  const types = typesFor(t.kind);
  const type = types.includes(d.type) ? d.type : (types[0] ?? 'choice');
  let values = d.values;
  if (t.kind === 'enum') values = (t.options ?? []).join(', ');
  else if (t.kind === 'boolean') values = 'true, false';
  else if (type === 'choice' && d.path !== path) values = '';
  return { ...d, path, type, values };
}

export function newDimension(path: string): DimensionDraft {
  return withPath({ key: nextKey(), path, type: 'float', min: '', max: '', log: false, values: '' }, path);
}

type Value = string | number | boolean;

function parseNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Choice values as the parameter takes them: numbers, true/false, or names. */
export function parseChoices(
  text: string,
  kind: TunableKind | undefined,
): { values: Value[]; error: string | null } {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (parts.length === 0) return { values: [], error: 'give at least one value' };
  const values: Value[] = [];
  for (const p of parts) {
    if (kind === 'int' || kind === 'float') {
      const n = parseNumber(p);
      if (n === null) return { values, error: `"${p}" is not a number` };
      if (kind === 'int' && !Number.isInteger(n)) return { values, error: `"${p}" is not a whole number` };
      values.push(n);
    } else if (kind === 'boolean') {
      if (p !== 'true' && p !== 'false') return { values, error: `"${p}" is not true or false` };
      values.push(p === 'true');
    } else values.push(p);
  }
  return { values, error: null };
}

/**
 * The editor's rows as a SearchSpace, or what is wrong by row key. Only what the form can know is
 * checked here (numbers that parse, min ≤ max, a positive min on a log scale, a path given twice);
 * the engine checks the rest and its message is shown by dimension.
 */
export function spaceFromDrafts(drafts: readonly DimensionDraft[]): {
  space: SearchSpace;
  errors: Record<string, string>;
} {
  const errors: Record<string, string> = {};
  const space: SearchSpace = [];
  const seen = new Set<string>();
  for (const d of drafts) {
    if (seen.has(d.path)) errors[d.key] = `${d.path} is already in the space`;
    seen.add(d.path);
    const kind = tunablePath(d.path)?.kind;
    if (d.type === 'choice') {
      const { values, error } = parseChoices(d.values, kind);
      if (error) errors[d.key] ??= error;
      else space.push({ type: 'choice', path: d.path, values });
      continue;
    }
    const min = parseNumber(d.min);
    const max = parseNumber(d.max);
    if (min === null || max === null) {
      errors[d.key] ??= 'min and max must be numbers';
      continue;
    }
    if (d.type === 'int' && (!Number.isInteger(min) || !Number.isInteger(max)))
      errors[d.key] ??= 'min and max must be whole numbers';
    else if (min > max) errors[d.key] ??= `min ${min} is greater than max ${max}`;
    else if (d.log && min <= 0) errors[d.key] ??= 'a log scale needs a min above 0';
    space.push({ type: d.type, path: d.path, min, max, log: d.log });
  }
  return { space, errors };
}
