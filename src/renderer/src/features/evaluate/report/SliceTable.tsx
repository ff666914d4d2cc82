import { useId, useMemo, useState } from 'react';
import type { SliceReport } from '../../../../../shared/evaluate';
import { formatCount } from '../../data/lib/format';
import { formatMetricValue, formatSigned, metricUnit } from '../lib/format-eval';
import { metricLabel } from '../lib/metric-names';
import { sliceFeatures, sliceMetric, visibleSlices } from '../lib/slices';

const SHOWN = 60;

/** Every slice, worst first, with a feature filter; flagged slices stand out with their reason. */
export function SliceTable({ slices }: { slices: SliceReport }) {
  const [feature, setFeature] = useState<string | null>(null);
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [all, setAll] = useState(false);
  const id = useId();
  const features = useMemo(() => sliceFeatures(slices.slices), [slices.slices]);
  const rows = useMemo(() => visibleSlices(slices, { feature, flaggedOnly }), [slices, feature, flaggedOnly]);
  const flagged = slices.slices.filter((s) => s.flagged).length;
  const shown = all ? rows : rows.slice(0, SHOWN);
  const unit = metricUnit(slices.metric);
  return (
    <section className="eval-panel" aria-labelledby={`${id}-title`} data-testid="eval-slices">
      <div className="section-head">
        <h4 id={`${id}-title`} className="section-title">
          Slices
        </h4>
        <span className="muted">
          {metricLabel(slices.metric)} overall {formatMetricValue(slices.metric, slices.overall)} · {flagged}{' '}
          flagged of {slices.slices.length} · slices under {formatCount(slices.minRows)} rows are never
          flagged
        </span>
      </div>
      <div className="eval-slice-filters">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-feature`}>
            Feature
          </label>
          <select
            id={`${id}-feature`}
            className="input"
            data-testid="eval-slice-feature"
            value={feature ?? ''}
            onChange={(e) => setFeature(e.target.value || null)}
          >
            <option value="">All features</option>
            {features.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.target.checked)} />
          Flagged only
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="muted">
          {slices.slices.length === 0 ? 'No slices for these rows.' : 'No slice matches.'}
        </p>
      ) : (
        <div className="table-scroll eval-slice-scroll">
          <table className="mini-table eval-table eval-slice-table">
            <thead>
              <tr>
                <th scope="col">Feature</th>
                <th scope="col">Value</th>
                <th scope="col" className="num">
                  Rows
                </th>
                <th scope="col" className="num">
                  {metricLabel(slices.metric)}
                </th>
                <th scope="col" className="num">
                  Δ vs overall
                </th>
                <th scope="col">Flag</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr
                  key={`${s.feature}\u0000${s.value}`}
                  data-testid="eval-slice-row"
                  data-flagged={s.flagged || undefined}
                  data-feature={s.feature}
                >
                  <td>{s.feature}</td>
                  <td className="mono">{s.value}</td>
                  <td className="num">{formatCount(s.rows)}</td>
                  <td className="num">{formatMetricValue(slices.metric, sliceMetric(s, slices.metric))}</td>
                  <td className="num">{formatSigned(s.delta, unit)}</td>
                  <td className="eval-note">
                    {s.flagged ? (
                      <>
                        <span className="pill" data-tone="warning">
                          flagged
                        </span>{' '}
                        {s.flagReason}
                      </>
                    ) : (
                      ''
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > SHOWN && (
        <button
          type="button"
          className="button button-small button-quiet eval-more"
          onClick={() => setAll(!all)}
        >
          {all ? `Show the worst ${SHOWN}` : `Show all ${formatCount(rows.length)} slices`}
        </button>
      )}
    </section>
  );
}
