import { useState } from 'react';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TuningRecord } from '../../../../../shared/train';
import { formatMetric, formatTick } from '../lib/format-train';
import { metricLabel } from '../lib/run-status';
import { isLogDimension, isNumericDimension, trialPoints } from '../lib/trial-points';
import { FormField } from '../params/FormField';

const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6 };

/** The validation metric of each trial against one hyperparameter (chosen from the space). */
export function TrialScatter({ tuning }: { tuning: TuningRecord }) {
  const paths = tuning.space.map((d) => d.path);
  const [chosen, setChosen] = useState(paths[0] ?? '');
  const path = paths.includes(chosen) ? chosen : (paths[0] ?? '');
  const points = trialPoints(tuning.trials, path);
  const numeric = isNumericDimension(tuning, path);
  const log =
    numeric && isLogDimension(tuning, path) && points.every((p) => typeof p.x === 'number' && p.x > 0);
  const label = metricLabel(tuning.metricName);
  return (
    <figure className="curve-chart trial-scatter" data-testid="trial-scatter" data-points={points.length}>
      <figcaption className="curve-caption">
        <span className="curve-title">
          Validation {label} against {path}
        </span>
        <FormField label="Hyperparameter" className="scatter-pick">
          {(id) => (
            <select
              id={id}
              className="input input-compact"
              value={path}
              onChange={(e) => setChosen(e.target.value)}
            >
              {paths.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </figcaption>
      {points.length === 0 ? (
        <p className="muted curve-empty">Points appear as trials report a validation {label}.</p>
      ) : (
        <ScatterChart
          responsive
          style={{ width: '100%', height: 220 }}
          margin={{ top: 6, right: 12, bottom: 4, left: 0 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            name={path}
            type={numeric ? 'number' : 'category'}
            scale={log ? 'log' : 'auto'}
            domain={numeric ? ['auto', 'auto'] : undefined}
            tick={{ fontSize: 11 }}
            stroke="var(--text-muted)"
            tickFormatter={(v) => (typeof v === 'number' ? formatTick(v) : String(v))}
            allowDuplicatedCategory={false}
          />
          <YAxis
            dataKey="metric"
            name={label}
            type="number"
            domain={['auto', 'auto']}
            tick={{ fontSize: 11 }}
            stroke="var(--text-muted)"
            tickFormatter={formatTick}
            width={52}
          />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            formatter={(v) => (typeof v === 'number' ? formatMetric(v) : String(v))}
          />
          <Scatter data={points} fill="var(--chart-1)" isAnimationActive={false} />
        </ScatterChart>
      )}
    </figure>
  );
}
