import type { EvaluationReport } from '../../../../../shared/evaluate';
import { championRows } from '../lib/champion';
import { formatSigned, formatValue } from '../lib/format-eval';

/** Champion (production) vs challenger (this version): the same metrics on the same rows, with the difference. */
export function ChampionTable({ report }: { report: EvaluationReport }) {
  const production = report.production;
  if (!production) return null;
  const rows = championRows(report);
  return (
    <section className="eval-panel" aria-labelledby="eval-champion-title">
      <h4 id="eval-champion-title" className="section-title">
        Champion vs challenger
      </h4>
      <div className="table-scroll">
        <table className="mini-table eval-table" data-testid="eval-champion">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col" className="num">
                v{report.version} (challenger)
              </th>
              <th scope="col" className="num">
                v{production.version} (production)
              </th>
              <th scope="col" className="num">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.metric} data-metric={r.metric}>
                <th scope="row">{r.label}</th>
                <td className="num">{formatValue(r.candidate, r.unit)}</td>
                <td className="num">{formatValue(r.production, r.unit)}</td>
                <td className="num eval-diff" data-better={r.better ?? undefined}>
                  {formatSigned(r.difference, r.unit)}
                  {r.better && <span className="visually-hidden"> ({r.better} better)</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
