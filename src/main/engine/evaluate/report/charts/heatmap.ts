/**
 * A heatmap of counts (the confusion matrix): one `<rect class="cell">` per cell shaded by its
 * share of the row, the count written in it, row labels left and column labels on top.
 */
import { formatNumber, formatPercent } from '../format.js';
import { type Html, h } from '../html.js';
import { px } from './axes.js';
import { shorten } from './bar-chart.js';
import { figure } from './figure.js';

/** Arguments of `heatmap`. */
export interface HeatmapArgs {
  title: string;
  rowTitle: string;
  colTitle: string;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  /** values[row][col]. */
  values: readonly (readonly number[])[];
}

/** White → dark blue by t in [0, 1]. */
export function shade(t: number): string {
  const c = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * c);
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return `#${hex(mix(255, 8))}${hex(mix(255, 69))}${hex(mix(255, 148))}`;
}

/** The heatmap in a `<figure>`; each cell's tooltip gives the count and its share of the row. */
export function heatmap(args: HeatmapArgs): Html {
  const n = args.rowLabels.length;
  const m = args.colLabels.length;
  const cell = Math.max(26, Math.min(72, Math.floor(420 / Math.max(1, n, m))));
  const labelW = Math.min(150, 16 + Math.max(3, ...args.rowLabels.map((l) => shorten(l, 18).length)) * 6.5);
  const top = 48;
  const left = labelW + 22;
  const width = left + m * cell + 12;
  const height = top + n * cell + 12;
  const small = cell < 40;
  return figure({
    title: args.title,
    width,
    height,
    body: [
      h(
        'text',
        { class: 'axis-title', x: px(left + (m * cell) / 2), y: 14, 'text-anchor': 'middle' },
        args.colTitle,
      ),
      h(
        'text',
        {
          class: 'axis-title',
          x: 0,
          y: 0,
          'text-anchor': 'middle',
          transform: `translate(12 ${px(top + (n * cell) / 2)}) rotate(-90)`,
        },
        args.rowTitle,
      ),
      args.colLabels.map((l, j) =>
        h(
          'text',
          { class: 'tick', x: px(left + (j + 0.5) * cell), y: top - 8, 'text-anchor': 'middle' },
          shorten(l, small ? 6 : 10),
        ),
      ),
      args.rowLabels.map((l, i) => {
        const row = args.values[i] ?? [];
        const total = row.reduce((a, b) => a + b, 0);
        return [
          h(
            'text',
            {
              class: 'tick',
              x: left - 6,
              y: px(top + (i + 0.5) * cell),
              'text-anchor': 'end',
              'dominant-baseline': 'middle',
            },
            shorten(l, 18),
          ),
          args.colLabels.map((c, j) => {
            const v = row[j] ?? 0;
            const share = total > 0 ? v / total : 0;
            const x = left + j * cell;
            const y = top + i * cell;
            return [
              h(
                'rect',
                { class: 'cell', x, y, width: cell, height: cell, fill: shade(share) },
                h(
                  'title',
                  null,
                  `${args.rowTitle} ${l}, ${args.colTitle} ${c}: ${formatNumber(v)} (${formatPercent(share)} of row)`,
                ),
              ),
              h(
                'text',
                {
                  class: share > 0.5 ? 'cell-text dark' : 'cell-text',
                  x: px(x + cell / 2),
                  y: px(y + cell / 2),
                  'text-anchor': 'middle',
                  'dominant-baseline': 'middle',
                },
                formatNumber(v, 3),
              ),
            ];
          }),
        ];
      }),
    ],
  });
}
