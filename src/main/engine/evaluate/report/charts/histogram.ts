/**
 * A histogram: one `<rect class="bar">` per bin (empty bins have zero height), on a continuous
 * x axis running from the first bin's lower edge to the last bin's upper edge.
 */
import { formatNumber } from '../format.js';
import { type Html, h } from '../html.js';
import { axes, extent, makePlot, px } from './axes.js';
import { figure, seriesColor } from './figure.js';

/** One bin: [lo, hi) and how many values fell in it. */
export interface Bin {
  lo: number;
  hi: number;
  count: number;
}

/** Arguments of `histogram`. */
export interface HistogramArgs {
  title: string;
  xLabel: string;
  yLabel?: string;
  bins: readonly Bin[];
  color?: string;
  formatX?: (v: number) => string;
  /** Fixed axis ranges, e.g. shared by two histograms shown side by side. */
  xDomain?: [number, number];
  yDomain?: [number, number];
  width?: number;
  height?: number;
}

/** The histogram in a `<figure>`. */
export function histogram(args: HistogramArgs): Html {
  const width = args.width ?? 460;
  const height = args.height ?? 260;
  const bins = args.bins.filter((b) => Number.isFinite(b.lo) && Number.isFinite(b.hi));
  const lo = bins.length > 0 ? Math.min(...bins.map((b) => b.lo)) : 0;
  const hi = bins.length > 0 ? Math.max(...bins.map((b) => b.hi)) : 1;
  const plot = makePlot(
    width,
    height,
    args.xDomain ?? (lo < hi ? [lo, hi] : extent([lo, hi])),
    args.yDomain ??
      extent(
        bins.map((b) => b.count),
        true,
      ),
  );
  const fx = args.formatX ?? ((v: number) => formatNumber(v));
  const color = args.color ?? seriesColor(0);
  const base = plot.y(0);
  return figure({
    title: args.title,
    width,
    height,
    body: [
      axes(plot, { xLabel: args.xLabel, yLabel: args.yLabel ?? 'Count', formatX: fx }),
      bins.map((b) => {
        const x0 = plot.x(b.lo);
        const x1 = plot.x(b.hi);
        const top = plot.y(b.count);
        return h(
          'rect',
          {
            class: 'bar',
            x: px(x0 + 0.5),
            y: px(top),
            width: px(Math.max(0, x1 - x0 - 1)),
            height: px(base - top),
            fill: color,
          },
          h('title', null, `[${fx(b.lo)}, ${fx(b.hi)}): ${formatNumber(b.count)}`),
        );
      }),
    ],
    note: bins.length === 0 ? 'No data to draw.' : null,
  });
}
