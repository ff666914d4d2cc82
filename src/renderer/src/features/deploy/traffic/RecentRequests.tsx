import { formatWhen } from '../../data/lib/format';
import { formatMetric } from '../../train/lib/format-train';
import { outputText } from '../lib/output-text';
import { useDeployStore } from '../state/deploy-store';

/** The open model's latest logged predictions (the request log), newest first. */
export function RecentRequests() {
  const name = useDeployStore((s) => s.selectedModel);
  const requests = useDeployStore((s) => s.requests);
  if (!name) return null;
  return (
    <section aria-labelledby="recent-title">
      <h4 id="recent-title" className="section-title">
        Latest predictions of {name}
      </h4>
      {requests.length === 0 ? (
        <p className="muted">None logged yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="mini-table" data-testid="recent-requests">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Version</th>
                <th scope="col">Prediction</th>
                <th scope="col" className="num">
                  Latency
                </th>
                <th scope="col">Label</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.predictionId} data-testid="recent-request">
                  <td>{formatWhen(r.at)}</td>
                  <td>v{r.version}</td>
                  <td>{outputText(r.output)}</td>
                  <td className="num">{formatMetric(r.latencyMs)} ms</td>
                  <td>{r.label ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
