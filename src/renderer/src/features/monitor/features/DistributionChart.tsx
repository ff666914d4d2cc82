import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { FeatureDistribution } from '../../../../../shared/monitor-report';
import { formatCount, truncate } from '../../data/lib/format';
import { TICK, TOOLTIP_STYLE } from '../../evaluate/report/chart-style';
import { type DistributionRow, distributionRows } from '../lib/distribution';

const percent = (v: number) => `${v}%`;
/** Training before live in the legend, whatever their names. */
const trainingFirst = (item: { dataKey?: unknown }) => (item.dataKey === 'reference' ? 0 : 1);

/** The grouped bars: numeric bins along x in their order, categories as horizontal bars (their names readable). */
function Bars({ rows, categorical }: { rows: DistributionRow[]; categorical: boolean }) {
  const common = {
    responsive: true,
    data: rows,
    margin: { top: 6, right: 8, bottom: 0, left: 0 },
  };
  const parts = [
    <CartesianGrid
      key="grid"
      stroke="var(--border)"
      strokeDasharray="3 3"
      vertical={categorical}
      horizontal={!categorical}
    />,
    <Tooltip
      key="tooltip"
      cursor={{ fill: 'var(--surface-hover)' }}
      contentStyle={TOOLTIP_STYLE}
      formatter={(v) => (typeof v === 'number' ? `${v} %` : String(v))}
    />,
    <Legend key="legend" wrapperStyle={{ fontSize: 12 }} itemSorter={trainingFirst} />,
    <Bar
      key="reference"
      dataKey="reference"
      name="training"
      fill="var(--chart-1)"
      isAnimationActive={false}
    />,
    <Bar key="current" dataKey="current" name="live" fill="var(--chart-2)" isAnimationActive={false} />,
  ];
  if (categorical) {
    return (
      <BarChart {...common} layout="vertical" style={{ width: '100%', height: 26 * rows.length + 60 }}>
        <XAxis type="number" tick={TICK} stroke="var(--text-muted)" tickFormatter={percent} />
        <YAxis
          type="category"
          dataKey="label"
          width={116}
          tick={TICK}
          stroke="var(--text-muted)"
          interval={0}
          tickFormatter={(v: string) => truncate(v, 18)}
        />
        {parts}
      </BarChart>
    );
  }
  return (
    <BarChart {...common} style={{ width: '100%', height: 240 }} barCategoryGap="18%">
      <XAxis
        dataKey="label"
        tick={TICK}
        stroke="var(--text-muted)"
        interval="preserveStartEnd"
        tickFormatter={(v: string) => truncate(v, 14)}
      />
      <YAxis tick={TICK} stroke="var(--text-muted)" width={40} tickFormatter={percent} />
      {parts}
    </BarChart>
  );
}

/** A feature's training (reference) and live (current) shares per bin or category, as grouped bars. */
export function DistributionChart({
  feature,
  distribution,
  error,
}: {
  feature: string | null;
  distribution: FeatureDistribution | null;
  error: string | null;
}) {
  const shown = distribution && distribution.feature === feature ? distribution : null;
  const rows = useMemo(() => (shown ? distributionRows(shown) : []), [shown]);
  return (
    <figure
      className="curve-chart monitor-distribution"
      data-testid="monitor-distribution"
      data-feature={feature ?? ''}
      data-bins={rows.length}
    >
      <figcaption className="curve-caption">
        <span className="curve-title">{feature ? `${feature}: training vs live` : 'Distribution'}</span>
        {shown && (
          <span className="muted curve-summary">
            {formatCount(shown.referenceRows)} training rows · {formatCount(shown.currentRows)} live rows
          </span>
        )}
      </figcaption>
      {error ? (
        <p className="error-text" role="alert">
          Could not read the distributions: {error}
        </p>
      ) : !feature ? (
        <p className="muted curve-empty">Pick a feature in the table to compare its distributions.</p>
      ) : !shown ? (
        <p className="muted curve-empty">Reading the distributions…</p>
      ) : rows.length === 0 ? (
        <p className="muted curve-empty">No values to compare.</p>
      ) : (
        <Bars rows={rows} categorical={shown.kind === 'categorical'} />
      )}
    </figure>
  );
}
