import { formatWhen } from '../../data/lib/format';
import { formatMetric } from '../lib/format-train';
import { shortId } from '../lib/run-status';
import { selectRun } from '../state/run-actions';
import { useTrainStore } from '../state/train-store';

function metricsText(m: Record<string, number> | null): string {
  if (!m) return '—';
  return Object.entries(m)
    .map(([k, v]) => `${k} ${formatMetric(v)}`)
    .join(' · ');
}

/** The model versions runs have made (a finished run, or a tuning's best trial, is a candidate). */
export function ModelsList() {
  const models = useTrainStore((s) => s.models);
  const versions = models.flatMap((m) => m.versions.map((v) => ({ ...v, task: m.task })));
  return (
    <section className="models-section" aria-labelledby="models-title">
      <div className="section-head">
        <h3 id="models-title" className="section-title">
          Models
        </h3>
      </div>
      {versions.length === 0 ? (
        <p className="muted">No model versions yet: each finished run files one as a candidate.</p>
      ) : (
        <div className="table-scroll">
          <table className="mini-table models-table" data-testid="models-table">
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col" className="num">
                  Version
                </th>
                <th scope="col">Stage</th>
                <th scope="col">Run</th>
                <th scope="col">Validation</th>
                <th scope="col">Test</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id} data-testid="model-row" data-model={v.modelName} data-version={v.version}>
                  <th scope="row">{v.modelName}</th>
                  <td className="num">{v.version}</td>
                  <td>
                    <span className="pill" data-tone={v.stage === 'candidate' ? 'info' : 'done'}>
                      {v.stage}
                    </span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button mono"
                      onClick={() => void selectRun(v.runId)}
                    >
                      {shortId(v.runId)}
                    </button>
                  </td>
                  <td className="metrics-cell">{metricsText(v.metrics)}</td>
                  <td className="metrics-cell">{metricsText(v.testMetrics)}</td>
                  <td>{formatWhen(v.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
