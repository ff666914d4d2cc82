/**
 * Building blocks the sections share: a titled <section>, a fact list, metric tiles, a table
 * described by its columns, pass/fail badges and the "not run" note.
 */
import { formatNumber, formatSigned } from '../format.js';
import { type Child, type Html, h } from '../html.js';
import { betterDirection, changeKind } from '../metric-values.js';

/** `<section id=…><h2>title</h2>…</section>`. */
export function section(id: string, title: string, ...children: Child[]): Html {
  return h('section', { id, class: `card-section ${id}` }, h('h2', null, title), children);
}

/** A definition list of label → value pairs. */
export function facts(rows: readonly (readonly [string, Child])[]): Html {
  return h(
    'dl',
    { class: 'facts' },
    rows.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]),
  );
}

/** Big numbers in boxes: [name, formatted value]. */
export function tiles(items: readonly (readonly [string, string])[]): Html {
  return h(
    'div',
    { class: 'tiles' },
    items.map(([name, value]) =>
      h('div', { class: 'tile' }, h('div', { class: 'name' }, name), h('div', { class: 'val' }, value)),
    ),
  );
}

/** One column of `dataTable`. */
export interface Column<T> {
  label: string;
  /** Right-aligned tabular figures. */
  num?: boolean;
  cell: (row: T) => Child;
}

/** A table with a header row and one row per item; `rowClass` may mark rows (e.g. "failed"). */
export function dataTable<T>(
  columns: readonly Column<T>[],
  rows: readonly T[],
  rowClass?: (row: T) => string | null,
): Html {
  return h(
    'table',
    null,
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        columns.map((c) => h('th', { class: c.num ? 'num' : null }, c.label)),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((r) =>
        h(
          'tr',
          { class: rowClass?.(r) ?? null },
          columns.map((c) => h('td', { class: c.num ? 'num' : 'text' }, c.cell(r))),
        ),
      ),
    ),
  );
}

/** Small titled blocks (a heading and a table each) laid out side by side where there is room. */
export function blocks(items: readonly (readonly [string, Child])[]): Html {
  return h(
    'div',
    { class: 'blocks' },
    items.map(([title, body]) => h('div', { class: 'block' }, h('h3', null, title), body)),
  );
}

/** "PASSED" / "FAILED" badge. */
export function passBadge(passed: boolean, extraClass = ''): Html {
  return h(
    'span',
    { class: `badge ${passed ? 'pass' : 'fail'} ${extraClass}`.trim() },
    passed ? 'Passed' : 'Failed',
  );
}

/** The note shown instead of a part of the evaluation that was not run. */
export function notRun(what: string): Html {
  return h('p', { class: 'not-run' }, `Not run: this evaluation did not include ${what}.`);
}

/** A signed change, marked better or worse by which way is better (a direction or a metric name). */
export function changeCell(
  better: 'higher' | 'lower' | string | null,
  delta: number | null,
  format: (v: number) => string = formatSigned,
): Html {
  const dir =
    better === 'higher' || better === 'lower' ? better : better === null ? null : betterDirection(better);
  const kind = changeKind(dir, delta);
  return h('span', { class: kind }, delta === null ? formatNumber(null) : format(delta));
}
