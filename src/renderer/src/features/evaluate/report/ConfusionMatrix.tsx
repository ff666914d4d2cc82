import type { CSSProperties } from 'react';
import { formatCount } from '../../data/lib/format';
import { confusionRows, heatLevel } from '../lib/confusion';
import { formatShare } from '../lib/format-eval';

/**
 * The confusion matrix as a heatmap: rows are the actual class, columns the predicted one; each
 * cell shows its count and its share of the row, coloured by that share.
 */
export function ConfusionMatrix({
  matrix,
  labels,
  caption,
}: {
  matrix: number[][];
  labels: string[];
  caption: string;
}) {
  const rows = confusionRows(matrix, labels);
  return (
    <figure className="eval-confusion" data-testid="eval-confusion">
      <figcaption className="curve-caption">
        <span className="curve-title">Confusion matrix</span>
        <span className="muted curve-summary">{caption}</span>
      </figcaption>
      <div className="confusion-scroll">
        <table className="confusion-grid">
          <thead>
            <tr>
              <th scope="col" className="confusion-corner">
                actual ↓ predicted →
              </th>
              {labels.map((l) => (
                <th key={l} scope="col" className="confusion-head" title={l}>
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.actual}>
                <th
                  scope="row"
                  className="confusion-head confusion-row-head"
                  title={`${r.actual}: ${formatCount(r.total)} rows`}
                >
                  {r.actual}
                </th>
                {r.cells.map((c) => {
                  const level = heatLevel(c.share);
                  return (
                    <td
                      key={c.predicted}
                      className="confusion-cell"
                      data-correct={c.correct || undefined}
                      data-count={c.count}
                      data-strong={level >= 45 || undefined}
                      style={{ '--heat': `${level}%` } as CSSProperties}
                      title={`actual ${r.actual}, predicted ${c.predicted}: ${formatCount(c.count)} (${formatShare(c.share)} of the row)`}
                    >
                      <span className="confusion-count">{formatCount(c.count)}</span>
                      <span className="confusion-share">{formatShare(c.share)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
