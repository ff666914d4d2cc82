import type { GateVerdict } from '../../../../../shared/evaluate';
import { checkRow, verdictLine } from '../lib/gate-checks';

/** Whether the gate passed, and each check: observed, threshold, production value, note. */
export function GateVerdictPanel({ verdict }: { verdict: GateVerdict }) {
  const rows = verdict.checks.map(checkRow);
  return (
    <div className="eval-verdict" data-passed={verdict.passed}>
      <div className="eval-verdict-head">
        <span
          className="pill eval-verdict-badge"
          data-tone={verdict.passed ? 'done' : 'failed'}
          data-testid="eval-gate-verdict"
          data-passed={verdict.passed}
        >
          Gate {verdict.passed ? 'passed' : 'blocked'}
        </span>
        <span className="muted">{verdictLine(verdict)}</span>
        {verdict.productionVersion !== null && (
          <span className="muted">compared with production v{verdict.productionVersion}</span>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="muted">The policy has no checks: every version passes.</p>
      ) : (
        <div className="table-scroll">
          <table className="mini-table eval-table" data-testid="eval-gate-checks">
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Result</th>
                <th scope="col" className="num">
                  Observed
                </th>
                <th scope="col" className="num">
                  Threshold
                </th>
                <th scope="col" className="num">
                  Production
                </th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                // Two checks can read the same; their order in the policy tells them apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: checks have no id; the list is rebuilt per report
                <tr key={i} data-passed={r.passed} className="eval-check-row">
                  <th scope="row">{r.description}</th>
                  <td>
                    <span className="pill" data-tone={r.passed ? 'done' : 'failed'}>
                      {r.passed ? 'passed' : 'failed'}
                    </span>
                  </td>
                  <td className="num">{r.observed}</td>
                  <td className="num">{r.threshold}</td>
                  <td className="num">{r.production}</td>
                  <td className="eval-note">{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
