import type { TuningRecord } from '../../../../../shared/train';
import { formatMetric } from '../lib/format-train';
import { metricLabel, RUN_STATUS_LABEL, shortId } from '../lib/run-status';
import { selectRun } from '../state/run-actions';

function showValue(v: string | number | boolean | undefined): string {
  if (v === undefined) return '—';
  return typeof v === 'number' ? formatMetric(v) : String(v);
}

/** Every trial: its sampled values, status (stopped = left at a lower rung), epochs, metric and rung. */
export function TrialsTable({ tuning, bestRunId }: { tuning: TuningRecord; bestRunId: string | null }) {
  const paths = tuning.space.map((d) => d.path);
  if (tuning.trials.length === 0)
    return <p className="muted">The first trial appears here as soon as it starts.</p>;
  return (
    <div className="table-scroll">
      <table className="mini-table trials-table" data-testid="trials-table">
        <caption className="visually-hidden">
          Trials of the tuning; choose a run id to watch its curves.
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Run</th>
            {paths.map((p) => (
              <th key={p} scope="col" className="num mono" title={p}>
                {p.split('.').pop()}
              </th>
            ))}
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Epochs
            </th>
            <th scope="col" className="num">
              Val {metricLabel(tuning.metricName)}
            </th>
            <th scope="col" className="num">
              Rung
            </th>
          </tr>
        </thead>
        <tbody>
          {tuning.trials.map((t, i) => {
            const pending = t.runId.startsWith('pending-');
            const best = t.runId === bestRunId;
            return (
              <tr
                key={t.runId}
                data-testid="trial-row"
                data-status={t.status}
                data-best={best || undefined}
                data-run-id={t.runId}
              >
                <td className="num">{i + 1}</td>
                <th scope="row">
                  {pending ? (
                    <span className="muted">starting…</span>
                  ) : (
                    <button
                      type="button"
                      className="link-button mono"
                      onClick={() => void selectRun(t.runId)}
                    >
                      {shortId(t.runId)}
                    </button>
                  )}
                  {best && (
                    <span className="pill best-pill" data-tone="succeeded">
                      best
                    </span>
                  )}
                </th>
                {paths.map((p) => (
                  <td key={p} className="num">
                    {showValue(t.values[p])}
                  </td>
                ))}
                <td>
                  <span className="pill" data-tone={t.status}>
                    {RUN_STATUS_LABEL[t.status]}
                  </span>
                </td>
                <td className="num">{t.epochsDone}</td>
                <td className="num" data-testid="trial-metric">
                  {formatMetric(t.metric)}
                </td>
                <td className="num">{t.rung}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
