import { useMemo } from 'react';
import type { MonitorSeries } from '../../../../../shared/monitor-report';
import { formatEpochClock } from '../lib/format-monitor';
import { buildHeatmap } from '../lib/heatmap';
import { selectFeature } from '../state/monitor-actions';

/**
 * Drift over time: one row per feature, one column per window (oldest left). Red cells drifted,
 * the stronger the further past the threshold; blue cells did not, darker nearer the threshold;
 * blank cells were not measured. A click on a row picks the feature.
 */
export function DriftHeatmap({
  series,
  thresholds,
  order,
  selected,
}: {
  series: MonitorSeries;
  thresholds: Readonly<Record<string, number>>;
  order: readonly string[];
  selected: string | null;
}) {
  const map = useMemo(() => buildHeatmap(series, thresholds, order), [series, thresholds, order]);
  const n = map.columns.length;
  return (
    <figure
      className="monitor-heatmap"
      data-testid="monitor-heatmap"
      data-windows={n}
      data-features={map.rows.length}
    >
      <figcaption className="curve-caption">
        <span className="curve-title">Drift over time</span>
        <span className="muted curve-summary">
          {n} window{n === 1 ? '' : 's'} of {series.windowRows.toLocaleString('en-US')} predictions, oldest
          left
        </span>
      </figcaption>
      {n === 0 ? (
        <p className="muted curve-empty">No windows with traffic yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="monitor-heatmap-table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Feature</span>
                </th>
                {map.columns.map((c) => (
                  <th key={`${c.from}-${c.to}`} scope="col" className="monitor-heatmap-col">
                    <span className="visually-hidden">Window ending {c.label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {map.rows.map((row) => (
                <tr
                  key={row.feature}
                  data-feature={row.feature}
                  data-selected={row.feature === selected}
                  onClick={() => void selectFeature(row.feature)}
                >
                  <th
                    scope="row"
                    className="monitor-heatmap-feature"
                    title={`${row.driftedWindows} of ${n} windows drifted`}
                  >
                    {row.feature}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td
                      key={`${map.columns[i]?.from}-${map.columns[i]?.to}`}
                      className="monitor-heatmap-cell"
                      data-state={cell?.color.state ?? 'none'}
                      style={cell ? { background: cell.color.background } : undefined}
                      title={cell?.label ?? 'not measured'}
                      aria-label={cell?.label ?? 'not measured'}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="monitor-heatmap-axis muted" aria-hidden="true">
            <span>{formatEpochClock(map.columns[0]?.from)}</span>
            <span>{formatEpochClock(map.columns[n - 1]?.to)}</span>
          </p>
        </div>
      )}
      <p className="monitor-heatmap-legend muted">
        <span className="monitor-swatch" data-state="drifted" /> drifted
        <span className="monitor-swatch" data-state="stable" /> no drift (darker: nearer the threshold)
        <span className="monitor-swatch" data-state="none" /> not measured
      </p>
    </figure>
  );
}
