/** The "Training" section: template, every training parameter (dotted paths) and where it ran. */
import type { ModelMetadata } from '../../../../../shared/train.js';
import { formatNumber } from '../format.js';
import { type Html, h } from '../html.js';
import { dataTable, facts, section } from './parts.js';

type Value = string | number | boolean | null | undefined | readonly unknown[] | { [k: string]: unknown };

function show(v: Value): string {
  if (v === null || v === undefined) return formatNumber(null);
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map((x) => show(x as Value)).join(', ');
  return String(v);
}

/** Nested parameters as [dotted path, shown value] rows, in their declared order. */
export function flattenParams(obj: Record<string, unknown>, prefix = ''): [string, string][] {
  const rows: [string, string][] = [];
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      rows.push(...flattenParams(v as Record<string, unknown>, path));
    } else rows.push([path, show(v as Value)]);
  }
  return rows;
}

function paramTable(rows: readonly [string, string][]): Html {
  return dataTable(
    [
      { label: 'Parameter', cell: (r: readonly [string, string]) => h('code', null, r[0]) },
      { label: 'Value', cell: (r) => r[1] },
    ],
    rows,
  );
}

/** Long lists in two halves (shown side by side), short ones whole. */
function halves<T>(rows: readonly T[]): T[][] {
  if (rows.length <= 12) return [[...rows]];
  const mid = Math.ceil(rows.length / 2);
  return [rows.slice(0, mid), rows.slice(mid)];
}

/** The parameters section; the text template's parameters are left out of an MLP's card. */
export function parametersSection(metadata: ModelMetadata): Html {
  const { template, ...rest } = metadata.params;
  const params: Record<string, unknown> = { ...rest };
  if (template !== 'text') delete params.text;
  return section(
    'parameters',
    'Training',
    facts([
      ['Template', template],
      ['Backend', `${metadata.backend} (${metadata.device})`],
      ['Trained with', `AI Factory ${metadata.appVersion}`],
      ['Training run', metadata.runId],
    ]),
    h('h3', null, 'Parameters'),
    h('div', { class: 'blocks' }, halves(flattenParams(params)).map(paramTable)),
  );
}
