/**
 * A horizontal bar chart of named values (one `<rect class="bar">` per bar), labels on the
 * left (long ones shortened, the full name in the tooltip), the value at the end of each bar.
 */
import { formatNumber } from '../format.js';
import { type Html, h } from '../html.js';
import { axes, extent, makePlot, px } from './axes.js';
import { figure, seriesColor } from './figure.js';

/** One bar. */
export interface Bar {
  label: string;
  value: number;
}

/** Arguments of `barChart`. */
export interface BarChartArgs {
  title: string;
  valueLabel: string;
  bars: readonly Bar[];
  /** Fixed value range (e.g. [0, 1]); otherwise from the values, always including 0. */
  domain?: [number, number];
  formatValue?: (v: number) => string;
  color?: string;
  width?: number;
}

const ROW = 22;
const MAX_LABEL = 22;

/** `label` cut to `max` characters with an ellipsis. */
export function shorten(label: string, max = MAX_LABEL): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/** The bar chart in a `<figure>`; its height grows with the number of bars. */
export function barChart(args: BarChartArgs): Html {
  const width = args.width ?? 460;
  const bars = args.bars.filter((b) => Number.isFinite(b.value));
  const longest = Math.max(4, ...bars.map((b) => shorten(b.label).length));
  const margin = { top: 8, right: 56, bottom: 40, left: Math.min(180, 12 + longest * 6.5) };
  const height = margin.top + margin.bottom + Math.max(1, bars.length) * ROW;
  const plot = makePlot(
    width,
    height,
    args.domain ??
      extent(
        bars.map((b) => b.value),
        true,
      ),
    [0, Math.max(1, bars.length)],
    margin,
  );
  const fv = args.formatValue ?? ((v: number) => formatNumber(v));
  const color = args.color ?? seriesColor(0);
  const zero = plot.x(0);
  return figure({
    title: args.title,
    width,
    height,
    body: [
      axes(plot, { xLabel: args.valueLabel, yLabel: '', formatX: fv, yTicks: [] }),
      bars.map((b, i) => {
        const yTop = margin.top + i * ROW + 4;
        const xEnd = plot.x(b.value);
        return [
          h(
            'text',
            {
              class: 'tick',
              x: margin.left - 6,
              y: px(yTop + (ROW - 8) / 2),
              'text-anchor': 'end',
              'dominant-baseline': 'middle',
            },
            shorten(b.label),
          ),
          h(
            'rect',
            {
              class: 'bar',
              x: px(Math.min(zero, xEnd)),
              y: px(yTop),
              width: px(Math.abs(xEnd - zero)),
              height: ROW - 8,
              fill: color,
            },
            h('title', null, `${b.label}: ${fv(b.value)}`),
          ),
          h(
            'text',
            {
              class: 'value',
              x: px(Math.max(zero, xEnd) + 4),
              y: px(yTop + (ROW - 8) / 2),
              'dominant-baseline': 'middle',
            },
            fv(b.value),
          ),
        ];
      }),
    ],
    note: bars.length === 0 ? 'No data to draw.' : null,
  });
}
