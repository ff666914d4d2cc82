import type { ClassificationMetrics } from '../../../../../shared/evaluate';
import { formatCount } from '../../data/lib/format';
import { formatMetric } from '../../train/lib/format-train';

/** Precision, recall, F1, support, ROC-AUC and AP of each class, then the macro and weighted averages. */
export function PerClassTable({ metrics }: { metrics: ClassificationMetrics }) {
  return (
    <div className="table-scroll">
      <table className="mini-table eval-table" data-testid="eval-per-class">
        <caption className="eval-table-caption">Per class</caption>
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col" className="num">
              Support
            </th>
            <th scope="col" className="num">
              Precision
            </th>
            <th scope="col" className="num">
              Recall
            </th>
            <th scope="col" className="num">
              F1
            </th>
            <th scope="col" className="num">
              ROC-AUC
            </th>
            <th scope="col" className="num">
              AP
            </th>
          </tr>
        </thead>
        <tbody>
          {metrics.perClass.map((c) => (
            <tr key={c.label}>
              <th scope="row">{c.label}</th>
              <td className="num">{formatCount(c.support)}</td>
              <td className="num">{formatMetric(c.precision)}</td>
              <td className="num">{formatMetric(c.recall)}</td>
              <td className="num">{formatMetric(c.f1)}</td>
              <td className="num">{formatMetric(c.rocAuc)}</td>
              <td className="num">{formatMetric(c.averagePrecision)}</td>
            </tr>
          ))}
          {(
            [
              ['Macro average', metrics.macro],
              ['Weighted average', metrics.weighted],
            ] as const
          ).map(([label, s]) => (
            <tr key={label} className="eval-average-row">
              <th scope="row">{label}</th>
              <td className="num">{formatCount(metrics.rows)}</td>
              <td className="num">{formatMetric(s.precision)}</td>
              <td className="num">{formatMetric(s.recall)}</td>
              <td className="num">{formatMetric(s.f1)}</td>
              <td className="num">—</td>
              <td className="num">—</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
