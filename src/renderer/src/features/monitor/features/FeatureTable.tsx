import type { FeatureRow } from '../lib/feature-rows';
import { breachCheckLabel } from '../lib/report-lists';
import { selectFeature } from '../state/monitor-actions';

/** The drift verdict as a pill: drifted, no drift, or not tested (with why). */
function DriftBadge({ row }: { row: FeatureRow }) {
  if (row.value === null) {
    return (
      <span className="pill" data-tone="neutral" title={row.reason ?? undefined}>
        not tested
      </span>
    );
  }
  return row.drifted ? (
    <span className="pill" data-tone="critical">
      drifted
    </span>
  ) : (
    <span className="pill" data-tone="done">
      no drift
    </span>
  );
}

/**
 * Every feature's drift (method, deciding number, threshold, verdict) and data quality (missing
 * rate against training, out-of-range or unseen share), drifted first; a click picks the feature
 * whose distributions are shown.
 */
export function FeatureTable({ rows, selected }: { rows: FeatureRow[]; selected: string | null }) {
  return (
    <div className="table-scroll monitor-features-scroll">
      <table className="mini-table monitor-features" data-testid="monitor-features">
        <thead>
          <tr>
            <th scope="col">Feature</th>
            <th scope="col">Kind</th>
            <th scope="col">Method</th>
            <th scope="col" className="num">
              Score / p-value
            </th>
            <th scope="col">Drift when</th>
            <th scope="col">Drift</th>
            <th scope="col" title="Share of missing values live, and in training (in brackets)">
              Missing (training)
            </th>
            <th scope="col">Out of range / unseen</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const missingBreach = r.breaches.includes('missing_rate');
            const rangeBreach = r.breaches.some((b) => b !== 'missing_rate');
            return (
              <tr
                key={r.feature}
                data-testid="monitor-feature-row"
                data-feature={r.feature}
                data-drifted={r.drifted}
                data-selected={r.feature === selected}
                aria-selected={r.feature === selected}
                onClick={() => void selectFeature(r.feature)}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="link-button monitor-feature-name"
                    aria-pressed={r.feature === selected}
                    onClick={(e) => {
                      e.stopPropagation();
                      void selectFeature(r.feature);
                    }}
                  >
                    {r.feature}
                  </button>
                </th>
                <td>{r.kind}</td>
                <td>{r.methodLabel}</td>
                <td className="num" title={r.reason ?? undefined}>
                  {r.statistic}
                </td>
                <td>{r.thresholdText}</td>
                <td>
                  <DriftBadge row={r} />
                </td>
                <td
                  data-breach={missingBreach}
                  title={missingBreach ? breachCheckLabel('missing_rate') : undefined}
                >
                  {r.missingText}
                </td>
                <td
                  data-breach={rangeBreach}
                  title={[
                    r.rangeDetail,
                    ...r.breaches.filter((b) => b !== 'missing_rate').map(breachCheckLabel),
                  ].join(' · ')}
                >
                  {r.rangeText}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
