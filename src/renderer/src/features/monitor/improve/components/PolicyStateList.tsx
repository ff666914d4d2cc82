import type { PolicyRecord } from '../../../../../../shared/improve';
import { formatWhen } from '../../../data/lib/format';
import { triggersText } from '../lib/policy-json';
import { runPolicyNow } from '../state/improve-actions';
import { useImproveStore } from '../state/improve-store';

/** When a policy may next start a cycle after failures; empty when it is not backing off. */
function backoffText(record: PolicyRecord, now: number): string {
  const until = record.state.backoffUntil;
  if (!until || Date.parse(until) <= now) return '';
  return `backing off until ${formatWhen(until)}`;
}

/** The model's stored policies: what starts them, how they ship, their state, and "Run now". */
export function PolicyStateList({ policies }: { policies: PolicyRecord[] }) {
  const runningNow = useImproveStore((s) => s.runningNow);
  const now = Date.now();
  if (policies.length === 0) {
    return (
      <p className="muted" data-testid="policies-none">
        No policies: the loop is off for this model. Add one below (“New policy”) and save.
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="mini-table improve-policies" data-testid="policy-list">
        <thead>
          <tr>
            <th scope="col">Policy</th>
            <th scope="col">Starts on</th>
            <th scope="col">Does</th>
            <th scope="col">Last run</th>
            <th scope="col" className="num">
              Failures
            </th>
            <th scope="col">Backoff</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {policies.map((r) => {
            const backoff = backoffText(r, now);
            return (
              <tr
                key={r.id}
                data-testid="policy-row"
                data-policy={r.policy.name}
                data-enabled={r.policy.enabled}
              >
                <th scope="row" className="improve-policy-name">
                  {r.policy.name}
                  {!r.policy.enabled && (
                    <span className="pill" data-tone="neutral">
                      off
                    </span>
                  )}
                </th>
                <td>{triggersText(r.policy)}</td>
                <td>
                  {r.policy.action === 'retune' ? `retune (${r.policy.tuneTrials} trials)` : 'retrain'},{' '}
                  {r.policy.promotion === 'auto' ? 'promote when the gate passes' : 'promote on approval'}
                </td>
                <td>
                  {r.state.lastRunAt ? formatWhen(r.state.lastRunAt) : <span className="muted">never</span>}
                </td>
                <td className="num" data-failing={r.state.failures > 0}>
                  {r.state.failures}
                </td>
                <td>{backoff || <span className="muted">—</span>}</td>
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    data-testid="policy-run-now"
                    disabled={runningNow !== null}
                    title="Start a cycle of this policy now (the minimum interval is ignored)"
                    onClick={() => void runPolicyNow(r.policy.name)}
                  >
                    {runningNow === r.policy.name ? 'Starting…' : 'Run now'}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
