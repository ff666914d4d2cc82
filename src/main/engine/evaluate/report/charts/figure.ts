/**
 * The frame around every chart: an accessible inline <svg> (no namespace URL needed in HTML)
 * inside a <figure> with its title and a legend that prints (swatches are borders, not fills).
 */
import { type Child, type Html, h } from '../html.js';

/** Colour-blind-safe series colours (Okabe–Ito, without the yellow that vanishes on white). */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;

/** The colour of the i-th series. */
export function seriesColor(i: number): string {
  return PALETTE[i % PALETTE.length] ?? '#000000';
}

/** One legend entry. */
export interface LegendItem {
  name: string;
  color: string;
  dashed?: boolean;
}

/** Arguments of `figure`. */
export interface FigureArgs {
  title: string;
  width: number;
  height: number;
  /** The chart's SVG content (axes, marks). */
  body: Child;
  legend?: readonly LegendItem[];
  /** A line under the chart (e.g. what was left out). */
  note?: string | null;
}

/** `<figure class="chart">` holding the SVG, its caption and legend. */
export function figure(args: FigureArgs): Html {
  const legend = args.legend ?? [];
  return h(
    'figure',
    // as wide as its chart (a long legend wraps instead of widening the frame); narrower on small screens
    { class: 'chart', style: `width:${args.width + 18}px` },
    h(
      'svg',
      {
        viewBox: `0 0 ${args.width} ${args.height}`,
        width: args.width,
        height: args.height,
        role: 'img',
        'aria-label': args.title,
      },
      h('title', null, args.title),
      args.body,
    ),
    h(
      'figcaption',
      null,
      h('span', { class: 'chart-title' }, args.title),
      legend.length > 0 &&
        h(
          'span',
          { class: 'legend' },
          legend.map((item) =>
            h(
              'span',
              { class: 'legend-item' },
              h('span', {
                class: item.dashed ? 'swatch dashed' : 'swatch',
                style: `border-color:${item.color}`,
              }),
              item.name,
            ),
          ),
        ),
      args.note && h('span', { class: 'chart-note' }, args.note),
    ),
  );
}
