/**
 * A scatter plot: one `<circle class="point">` per finite point, with an optional dashed y = x
 * line (predicted vs actual) — then both axes share one range so the diagonal is at 45°.
 */
import { type Html, h } from '../html.js';
import { axes, extent, makePlot, type Point, px } from './axes.js';
import { figure, seriesColor } from './figure.js';

/** Arguments of `scatter`. */
export interface ScatterArgs {
  title: string;
  xLabel: string;
  yLabel: string;
  points: readonly Point[];
  /** Draw y = x and use one range for both axes. */
  diagonal?: boolean;
  width?: number;
  height?: number;
}

/** The scatter plot in a `<figure>`. */
export function scatter(args: ScatterArgs): Html {
  const width = args.width ?? 420;
  const height = args.height ?? (args.diagonal ? width : 300);
  const pts = args.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const both = extent(pts.flatMap((p) => [p.x, p.y]));
  const xDomain = args.diagonal ? both : extent(pts.map((p) => p.x));
  const yDomain = args.diagonal ? both : extent(pts.map((p) => p.y));
  const plot = makePlot(width, height, xDomain, yDomain);
  const color = seriesColor(0);
  return figure({
    title: args.title,
    width,
    height,
    body: [
      axes(plot, args),
      args.diagonal &&
        h('path', {
          class: 'reference',
          d: `M${px(plot.x(both[0]))} ${px(plot.y(both[0]))}L${px(plot.x(both[1]))} ${px(plot.y(both[1]))}`,
        }),
      pts.map((p) =>
        h('circle', { class: 'point', cx: px(plot.x(p.x)), cy: px(plot.y(p.y)), r: 2.5, fill: color }),
      ),
    ],
    legend: args.diagonal ? [{ name: 'y = x', color: '#888888', dashed: true }] : [],
    note: pts.length === 0 ? 'No data to draw.' : null,
  });
}
