import { formatWhen } from '../../data/lib/format';
import { formatMetric } from '../../train/lib/format-train';
import { StageBadge } from '../components/StageBadge';
import { versionsNewestFirst } from '../lib/stage';
import { selectVersion } from '../state/deploy-actions';
import { useDeployStore } from '../state/deploy-store';

function metricsText(m: Record<string, number> | null): string {
  if (!m) return '—';
  return Object.entries(m)
    .map(([k, v]) => `${k} ${formatMetric(v)}`)
    .join(' · ');
}

/** The open model's versions, newest first; a row's version button opens its lineage. */
export function VersionsTable() {
  const detail = useDeployStore((s) => s.detail);
  const selected = useDeployStore((s) => s.selectedVersion);
  if (!detail) return <p className="muted">Loading the versions…</p>;
  return (
    <div className="table-scroll">
      <table className="mini-table versions-table" data-testid="versions-table">
        <caption className="visually-hidden">Versions of {detail.name}</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Stage</th>
            <th scope="col">Test metrics</th>
            <th scope="col">Validation</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {versionsNewestFirst(detail.versions).map((v) => (
            <tr
              key={v.id}
              data-testid="version-row"
              data-version={v.version}
              data-stage={v.stage}
              data-selected={v.version === selected || undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={v.version === selected}
                  onClick={() => void selectVersion(v.version)}
                >
                  v{v.version}
                </button>
              </th>
              <td>
                <StageBadge stage={v.stage} />
              </td>
              <td className="metrics-cell">{metricsText(v.testMetrics)}</td>
              <td className="metrics-cell">{metricsText(v.metrics)}</td>
              <td>{formatWhen(v.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
