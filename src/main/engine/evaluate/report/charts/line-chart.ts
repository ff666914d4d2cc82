/**
 * A line chart: one `<path class="series">` per series (breaks where a value is not finite),
 * optional point markers, and dashed grey reference lines (chance diagonal, a baseline).
 */
import { type Html, h } from '../html.js';
import { axes, extent, makePlot, type Plot, type Point, px } from './axes.js';
import { figure, seriesColor } from './figure.js';

/** One named line. */
export interface LineSeries {
  name: string;
  points: readonly Point[];
}

/** Arguments of `lineChart`. */
export interface LineChartArgs {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly LineSeries[];
  /** Dashed grey lines for orientation; drawn under the series and not counted as series. */
  references?: readonly LineSeries[];
  /** Fixed axis ranges (e.g. [0, 1] for ROC); otherwise from the data. */
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** A `<circle class="marker">` on every finite point. */
  markers?: boolean;
  formatX?: (v: number) => string;
  formatY?: (v: number) => string;
  width?: number;
  height?: number;
}

/** SVG path data through the finite points, starting a new piece after each gap. */
export function pathData(points: readonly Point[], plot: Plot): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px(plot.x(p.x))} ${px(plot.y(p.y))}`;
    pen = true;
  }
  return d;
}

/** The chart in a `<figure>`; series without a finite point are named in the note instead of drawn. */
export function lineChart(args: LineChartArgs): Html {
  const width = args.width ?? 460;
  const height = args.height ?? 300;
  const all = [...args.series, ...(args.references ?? [])].flatMap((s) => s.points);
  const plot = makePlot(
    width,
    height,
    args.xDomain ?? extent(all.map((p) => p.x)),
    args.yDomain ?? extent(all.map((p) => p.y)),
  );
  const drawn = args.series
    .map((s, i) => ({ s, color: seriesColor(i), d: pathData(s.points, plot) }))
    .filter((x) => x.d !== '');
  const empty = args.series.filter((s) => pathData(s.points, plot) === '').map((s) => s.name);
  return figure({
    title: args.title,
    width,
    height,
    body: [
      axes(plot, args),
      (args.references ?? []).map((r) => h('path', { class: 'reference', d: pathData(r.points, plot) })),
      drawn.map(({ s, color, d }) => [
        h('path', { class: 'series', d, stroke: color }, h('title', null, s.name)),
        args.markers &&
          s.points
            .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
            .map((p) =>
              h('circle', { class: 'marker', cx: px(plot.x(p.x)), cy: px(plot.y(p.y)), r: 3, fill: color }),
            ),
      ]),
    ],
    legend: [
      ...drawn.map(({ s, color }) => ({ name: s.name, color })),
      ...(args.references ?? []).map((r) => ({ name: r.name, color: '#888888', dashed: true })),
    ],
    note: empty.length > 0 ? `No data to draw for: ${empty.join(', ')}` : null,
  });
}
