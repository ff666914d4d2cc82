import type { Lineage } from '../../../../../shared/serve';
import { formatWhen } from '../../data/lib/format';
import { formatMetric } from '../../train/lib/format-train';
import { StageHistory } from './StageHistory';

function metricsText(m: Record<string, number> | null): string {
  if (!m) return '—';
  return Object.entries(m)
    .map(([k, v]) => `${k} ${formatMetric(v)}`)
    .join(' · ');
}

/** Where a version came from and where it went: dataset version → run → evaluations → deployments. */
export function LineageView({ lineage }: { lineage: Lineage }) {
  const { dataset, run } = lineage;
  return (
    <section className="lineage" aria-labelledby="lineage-title" data-testid="lineage">
      <h4 id="lineage-title" className="section-title">
        Lineage of v{lineage.version}
      </h4>
      <ol className="lineage-chain">
        <li className="lineage-step" data-testid="lineage-dataset">
          <span className="lineage-kind">Dataset version</span>
          <span>
            {dataset.name ?? 'deleted dataset'}
            {dataset.versionNumber === null ? '' : ` v${dataset.versionNumber}`}
          </span>
          <span className="muted mono" title={dataset.contentHash}>
            hash {dataset.contentHash.slice(0, 12)}
          </span>
        </li>
        <li className="lineage-step" data-testid="lineage-run">
          <span className="lineage-kind">{run.kind === 'trial' ? 'Tuning trial' : 'Training run'}</span>
          <span>
            {run.template} on {run.backend}
            {run.finishedAt ? ` · finished ${formatWhen(run.finishedAt)}` : ''}
          </span>
          <span className="muted">
            validation {metricsText(run.metrics)} · test {metricsText(run.testMetrics)}
          </span>
        </li>
        <li className="lineage-step" data-testid="lineage-evaluations">
          <span className="lineage-kind">Evaluations</span>
          {lineage.evaluations.length === 0 ? (
            <span className="muted">None yet: the Evaluate step will list its reports here.</span>
          ) : (
            <ul className="plain-list">
              {lineage.evaluations.map((e) => (
                <li key={e.id}>
                  {e.passed === null ? 'not gated' : e.passed ? 'passed' : 'failed'} · {e.summary} ·{' '}
                  {formatWhen(e.createdAt)}
                </li>
              ))}
            </ul>
          )}
        </li>
        <li className="lineage-step">
          <span className="lineage-kind">Deployments</span>
          <StageHistory
            events={lineage.deployments}
            testId="version-history"
            empty="Not deployed yet: its stage has never changed."
          />
        </li>
      </ol>
    </section>
  );
}
