/**
 * The coordinate system of every chart: linear scales, round tick values, and the grid, axis
 * lines, tick labels and axis titles drawn as SVG.
 */
import { formatNumber } from '../format.js';
import { type Html, h } from '../html.js';

/** A point in data units. */
export interface Point {
  x: number;
  y: number;
}

/** Maps a data value to a pixel coordinate. */
export type Scale = (value: number) => number;

/** Pixel coordinates rounded to 0.1 so the file stays small. */
export function px(v: number): number {
  return Math.round(v * 10) / 10;
}

/** The straight-line map from `domain` onto `range` (either may be reversed). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** A round step (1, 2 or 5 × 10^k) that cuts `span` into about `count` pieces. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/** Round tick values inside the domain, about `count` of them: [0, 1] → 0, 0.2, …, 1. */
export function ticks(domain: readonly [number, number], count = 5): number[] {
  const [lo, hi] = domain;
  const step = niceStep(hi - lo, count);
  const out: number[] = [];
  const first = Math.ceil(lo / step - 1e-9);
  for (let i = first; i * step <= hi + step * 1e-9; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

/** A domain covering every finite value, widened to round tick values (padded when all are equal). */
export function extent(values: readonly number[], includeZero = false): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) return [0, 1];
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, 5);
  const round = (v: number) => Number(v.toPrecision(12));
  return [round(Math.floor(lo / step + 1e-9) * step), round(Math.ceil(hi / step - 1e-9) * step)];
}

/** Room around the plotting area, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A chart's plotting area and its scales. */
export interface Plot {
  width: number;
  height: number;
  margin: Margin;
  xDomain: [number, number];
  yDomain: [number, number];
  x: Scale;
  y: Scale;
}

/** The default margin: room for tick labels left and below, and for the axis titles. */
export const MARGIN: Margin = { top: 12, right: 16, bottom: 44, left: 56 };

/** Scales for a `width` × `height` chart whose data lies in the two domains. */
export function makePlot(
  width: number,
  height: number,
  xDomain: [number, number],
  yDomain: [number, number],
  margin: Margin = MARGIN,
): Plot {
  return {
    width,
    height,
    margin,
    xDomain,
    yDomain,
    x: linearScale(xDomain, [margin.left, width - margin.right]),
    y: linearScale(yDomain, [height - margin.bottom, margin.top]),
  };
}

/** Options of `axes`. */
export interface AxesArgs {
  xLabel: string;
  yLabel: string;
  formatX?: (v: number) => string;
  formatY?: (v: number) => string;
  /** Tick values; by default about five round ones per axis. Empty: no ticks on that axis. */
  xTicks?: readonly number[];
  yTicks?: readonly number[];
}

/** Grid lines, the two axis lines, tick labels and axis titles of a plot. */
export function axes(plot: Plot, args: AxesArgs): Html {
  const { margin, width, height } = plot;
  const fx = args.formatX ?? ((v: number) => formatNumber(v));
  const fy = args.formatY ?? ((v: number) => formatNumber(v));
  const xt = args.xTicks ?? ticks(plot.xDomain);
  const yt = args.yTicks ?? ticks(plot.yDomain);
  const bottom = height - margin.bottom;
  const left = margin.left;
  const right = width - margin.right;
  return h(
    'g',
    { class: 'axes' },
    yt.map((t) => {
      const y = px(plot.y(t));
      return [
        h('line', { class: 'grid', x1: left, x2: right, y1: y, y2: y }),
        h(
          'text',
          { class: 'tick', x: left - 6, y, 'text-anchor': 'end', 'dominant-baseline': 'middle' },
          fy(t),
        ),
      ];
    }),
    xt.map((t) => {
      const x = px(plot.x(t));
      return [
        h('line', { class: 'grid', x1: x, x2: x, y1: margin.top, y2: bottom }),
        h('text', { class: 'tick', x, y: bottom + 16, 'text-anchor': 'middle' }, fx(t)),
      ];
    }),
    h('line', { class: 'axis', x1: left, x2: right, y1: bottom, y2: bottom }),
    h('line', { class: 'axis', x1: left, x2: left, y1: margin.top, y2: bottom }),
    h(
      'text',
      { class: 'axis-title', x: (left + right) / 2, y: height - 6, 'text-anchor': 'middle' },
      args.xLabel,
    ),
    h(
      'text',
      {
        class: 'axis-title',
        x: 0,
        y: 0,
        'text-anchor': 'middle',
        transform: `translate(14 ${px((margin.top + bottom) / 2)}) rotate(-90)`,
      },
      args.yLabel,
    ),
  );
}
