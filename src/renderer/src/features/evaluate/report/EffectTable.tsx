import type { FeatureEffect } from '../../../../../shared/evaluate';
import { formatMetricValue, formatShare, formatSigned, metricUnit } from '../lib/format-eval';
import { metricLabel } from '../lib/metric-names';
import { effectRows } from '../lib/robustness';

/** One perturbation family per feature, most harmful first: the metric, its change, predictions changed. */
export function EffectTable({
  title,
  effects,
  baseline,
  metric,
  empty,
}: {
  title: string;
  effects: FeatureEffect[];
  baseline: number | null;
  metric: string;
  empty: string;
}) {
  const rows = effectRows(effects, baseline, metric);
  return (
    <div className="eval-effect">
      <h5 className="eval-subtitle">{title}</h5>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="mini-table eval-table">
            <thead>
              <tr>
                <th scope="col">Feature</th>
                <th scope="col" className="num">
                  {metricLabel(metric)}
                </th>
                <th
                  scope="col"
                  className="num"
                  title={`${metricLabel(metric)} minus the unperturbed baseline`}
                >
                  Δ
                </th>
                <th scope="col" className="num" title="Share of predictions that changed">
                  Flipped
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.feature} data-worse={r.worse || undefined}>
                  <th scope="row">{r.feature}</th>
                  <td className="num">{formatMetricValue(metric, r.metric)}</td>
                  <td className="num">{formatSigned(r.change, metricUnit(metric))}</td>
                  <td className="num">{formatShare(r.flipRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
