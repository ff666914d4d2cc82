import { useState } from 'react';
import type { RunRecord } from '../../../../../shared/train';
import { compareRows } from '../lib/compare-rows';
import { runColor } from '../lib/run-colors';
import { shortId } from '../lib/run-status';

/** Metrics and parameters side by side; parameters that differ first, the rest on request. */
export function CompareTable({ runs }: { runs: RunRecord[] }) {
  const [all, setAll] = useState(false);
  const rows = compareRows(runs);
  const shown = rows.filter((r) => r.group === 'metric' || all || r.differs);
  const hidden = rows.length - shown.length;
  return (
    <div className="comparison-table">
      <div className="table-scroll">
        <table className="mini-table compare-table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">Metric / parameter</th>
              {runs.map((r, i) => (
                <th key={r.id} scope="col" className="num">
                  <span className="run-swatch" style={{ background: runColor(i) }} aria-hidden="true" />
                  <span className="mono">{shortId(r.id)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={`${row.group}:${row.label}`} data-group={row.group}>
                <th scope="row" className={row.group === 'parameter' ? 'mono' : undefined}>
                  {row.label}
                </th>
                {row.values.map((v, i) => (
                  <td
                    key={runs[i]?.id ?? i}
                    className="num"
                    data-changed={(row.group === 'parameter' && row.differs) || undefined}
                  >
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
        Show the parameters they share too{hidden > 0 ? ` (${hidden} more)` : ''}
      </label>
    </div>
  );
}
