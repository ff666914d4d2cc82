/**
 * Check a search space before a tuning starts. Every problem is reported at once, each naming its
 * dimension (number and path), as one AppError('invalid_input').
 */
import { AppError } from '../../../../shared/errors.js';
import {
  type SearchDimension,
  type SearchSpace,
  SearchSpace as SearchSpaceSchema,
  type TemplateId,
  TrainParamsInput,
} from '../../../../shared/train.js';
import { applyValues } from './apply-values.js';
import { RESERVED_PATHS, TUNABLE_PARAMS, type TunableParam, tunableParam } from './tunable-params.js';

type Value = string | number | boolean;

function show(v: Value): string {
  return typeof v === 'string' ? `"${v}"` : String(v);
}

/** Whether the schema accepts `value` at `path`; the schema's message when it does not. */
function schemaProblem(path: string, value: Value): string | null {
  const r = TrainParamsInput.safeParse(applyValues({}, { [path]: value }));
  return r.success ? null : r.error.issues.map((i) => i.message).join(', ');
}

function valueTypeProblem(t: TunableParam, v: Value): string | null {
  switch (t.kind) {
    case 'enum':
      return typeof v === 'string' && t.options?.includes(v)
        ? null
        : `${show(v)} is not one of ${t.options?.map((o) => `"${o}"`).join(', ')}`;
    case 'boolean':
      return typeof v === 'boolean' ? null : `${show(v)} is not true or false`;
    case 'int':
      return typeof v === 'number' && Number.isInteger(v) ? null : `${show(v)} is not a whole number`;
    case 'float':
      return typeof v === 'number' && Number.isFinite(v) ? null : `${show(v)} is not a number`;
  }
}

function rangeProblems(d: Extract<SearchDimension, { type: 'float' | 'int' }>, t: TunableParam): string[] {
  if (t.kind === 'enum' || t.kind === 'boolean')
    return [
      `${d.path} takes ${t.kind === 'enum' ? 'one of named values' : 'true or false'}: use type "choice"`,
    ];
  if (d.type === 'float' && t.kind === 'int') return [`${d.path} takes whole numbers: use type "int"`];
  if (d.type === 'int' && t.kind === 'float')
    return [`${d.path} takes any number: use type "float" (or "choice" for a few values)`];
  const out: string[] = [];
  if (!Number.isFinite(d.min) || !Number.isFinite(d.max)) return ['min and max must be finite numbers'];
  if (d.type === 'int' && (!Number.isInteger(d.min) || !Number.isInteger(d.max)))
    out.push(`min and max must be whole numbers (got ${d.min} and ${d.max})`);
  if (d.min > d.max) out.push(`min ${d.min} is greater than max ${d.max}`);
  if (d.log && d.min <= 0)
    out.push(`a log scale needs min > 0 (got ${d.min}); use a small positive min such as 1e-6`);
  for (const [name, v] of [
    ['min', d.min],
    ['max', d.max],
  ] as const) {
    const bad = schemaProblem(d.path, v);
    if (bad) out.push(`${name} ${v} is out of range (${bad})`);
  }
  return out;
}

function choiceProblems(d: Extract<SearchDimension, { type: 'choice' }>, t: TunableParam): string[] {
  if (d.values.length === 0) return ['a choice needs at least one value'];
  const out: string[] = [];
  for (const v of d.values) {
    const bad = valueTypeProblem(t, v) ?? schemaProblem(d.path, v);
    if (bad) out.push(`value ${show(v)}: ${bad}`);
  }
  return out;
}

function dimensionProblems(d: SearchDimension, template: TemplateId | undefined): string[] {
  const reserved = RESERVED_PATHS[d.path];
  if (reserved) return [`${d.path} is set by ${reserved}, not by the search space`];
  const t = tunableParam(d.path);
  if (!t) {
    const known = TUNABLE_PARAMS.map((x) => x.path).join(', ');
    return [`unknown parameter "${d.path}"; tunable parameters are: ${known}`];
  }
  if (template && t.template && t.template !== template)
    return [`${d.path} only applies to the ${t.template} template, and this tuning uses ${template}`];
  return d.type === 'choice' ? choiceProblems(d, t) : rangeProblems(d, t);
}

/**
 * Throws AppError('invalid_input') listing every problem: malformed dimensions, unknown or
 * reserved paths, a path given twice, min > max, a log scale with min ≤ 0, fractional int bounds,
 * bounds or choices the parameter does not accept, dimensions of another template.
 */
export function validateSearchSpace(space: SearchSpace, template?: TemplateId): SearchSpace {
  const parsed = SearchSpaceSchema.safeParse(space);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const [index, ...rest] = i.path;
      const where = typeof index === 'number' ? `dimension ${index + 1}` : 'the search space';
      return `${where}${rest.length ? ` (${rest.join('.')})` : ''}: ${i.message}`;
    });
    throw new AppError('invalid_input', `Search space: ${issues.join('; ')}.`, parsed.error.issues);
  }
  const problems: string[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((d, i) => {
    const name = `dimension ${i + 1} (${d.path})`;
    const first = seen.get(d.path);
    if (first !== undefined) problems.push(`${name}: ${d.path} is already dimension ${first + 1}`);
    else seen.set(d.path, i);
    for (const p of dimensionProblems(d, template)) problems.push(`${name}: ${p}`);
  });
  if (problems.length > 0)
    throw new AppError('invalid_input', `Search space: ${problems.join('; ')}.`, { problems });
  return parsed.data;
}
