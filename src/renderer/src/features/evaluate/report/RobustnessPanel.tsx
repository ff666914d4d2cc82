import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { RobustnessReport } from '../../../../../shared/evaluate';
import { formatCount } from '../../data/lib/format';
import { formatMetric, formatTick } from '../../train/lib/format-train';
import { formatMetricValue, formatShare } from '../lib/format-eval';
import { metricLabel } from '../lib/metric-names';
import { topSensitivity } from '../lib/robustness';
import { TICK, TOOLTIP_STYLE } from './chart-style';
import { DegradationChart } from './DegradationChart';
import { EffectTable } from './EffectTable';

function SensitivityChart({ data }: { data: { feature: string; score: number }[] }) {
  const top = topSensitivity(data);
  return (
    <figure className="curve-chart eval-chart" data-testid="eval-sensitivity" data-points={top.length}>
      <figcaption className="curve-caption">
        <span className="curve-title">Sensitivity by feature</span>
        <span className="muted curve-summary">how much perturbing it alone hurts</span>
      </figcaption>
      {top.length === 0 ? (
        <p className="muted curve-empty" style={{ height: 120 }}>
          No feature was perturbed alone.
        </p>
      ) : (
        <BarChart
          responsive
          layout="vertical"
          style={{ width: '100%', height: Math.max(120, 26 * top.length + 30) }}
          data={top}
          margin={{ top: 4, right: 12, bottom: 0, left: 0 }}
        >
          <XAxis
            type="number"
            tick={TICK}
            stroke="var(--text-muted)"
            tickFormatter={formatTick}
            domain={[0, 'auto']}
          />
          <YAxis
            type="category"
            dataKey="feature"
            tick={TICK}
            stroke="var(--text-muted)"
            width={120}
            interval={0}
          />
          <Tooltip
            cursor={{ fill: 'var(--surface-hover)' }}
            contentStyle={TOOLTIP_STYLE}
            formatter={(v) => [formatMetric(Number(v)), 'sensitivity']}
          />
          <Bar dataKey="score" fill="var(--chart-4)" isAnimationActive={false} />
        </BarChart>
      )}
    </figure>
  );
}

/** The robustness suite: its score, degradation curves, sensitivity, and the per-feature tables. */
export function RobustnessPanel({ robustness }: { robustness: RobustnessReport | null }) {
  if (!robustness) {
    return (
      <section
        className="eval-panel"
        aria-labelledby="eval-robustness-title"
        data-testid="eval-robustness"
        data-run="false"
      >
        <h4 id="eval-robustness-title" className="section-title">
          Robustness
        </h4>
        <p className="muted">Not run: turn on the robustness suite in the form above and evaluate again.</p>
      </section>
    );
  }
  const r = robustness;
  return (
    <section
      className="eval-panel"
      aria-labelledby="eval-robustness-title"
      data-testid="eval-robustness"
      data-run="true"
    >
      <div className="section-head">
        <h4 id="eval-robustness-title" className="section-title">
          Robustness
        </h4>
        <span className="muted">
          {formatCount(r.rows)} rows · baseline {metricLabel(r.metric)}{' '}
          {formatMetricValue(r.metric, r.baseline)} · {formatMetric(r.seconds)} s
        </span>
      </div>
      <p className="eval-robustness-score">
        Score <strong data-testid="eval-robustness-score">{formatMetric(r.score)}</strong>
        <span className="muted">
          {' '}
          — keeps {formatShare(r.score)} of its {metricLabel(r.metric)} under perturbation, on average
        </span>
      </p>
      <p className="muted field-help">
        Flipped: the share of predictions that changed (another class; for regression, a move of more than 0.1
        target standard deviations).
      </p>
      <div className="eval-charts">
        <DegradationChart
          title="Gaussian noise on numeric features"
          testId="eval-noise-curve"
          points={r.noise}
          metric={r.metric}
          strengthLabel={(x) => `${formatTick(x)} σ`}
        />
        <DegradationChart
          title="Values missing at random"
          testId="eval-missing-curve"
          points={r.missingRates}
          metric={r.metric}
          strengthLabel={(x) => `${Math.round(x * 100)}%`}
        />
        <SensitivityChart data={r.sensitivity} />
      </div>
      <div className="eval-effects">
        <EffectTable
          title="One feature missing"
          effects={r.missingByFeature}
          baseline={r.baseline}
          metric={r.metric}
          empty="Not measured."
        />
        <EffectTable
          title="Unseen category"
          effects={r.unseenCategories}
          baseline={r.baseline}
          metric={r.metric}
          empty="No categorical features."
        />
        <EffectTable
          title="Shift (+1 σ, × 1.5 spread)"
          effects={r.shiftByFeature}
          baseline={r.baseline}
          metric={r.metric}
          empty="No numeric features."
        />
        <div className="eval-effect">
          <h5 className="eval-subtitle">Re-weighted sub-populations</h5>
          {r.reweighting.length === 0 ? (
            <p className="muted">No categorical features to re-weight.</p>
          ) : (
            <div className="table-scroll">
              <table className="mini-table eval-table">
                <thead>
                  <tr>
                    <th scope="col">Feature</th>
                    <th scope="col">Mix</th>
                    <th scope="col" className="num">
                      {metricLabel(r.metric)}
                    </th>
                    <th scope="col" className="num" title="Share of predictions that changed">
                      Flipped
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.reweighting.map((w) => (
                    <tr key={`${w.feature}\u0000${w.description}`}>
                      <th scope="row">{w.feature}</th>
                      <td>{w.description}</td>
                      <td className="num">{formatMetricValue(r.metric, w.metric)}</td>
                      <td className="num">{formatShare(w.flipRate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
