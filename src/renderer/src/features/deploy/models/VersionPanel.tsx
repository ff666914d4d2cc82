import { StageBadge } from '../components/StageBadge';
import { useDeployStore } from '../state/deploy-store';
import { LineageView } from './LineageView';
import { PromoteForm } from './PromoteForm';
import { RollbackForm } from './RollbackForm';
import { StageHistory } from './StageHistory';

/** The open version: promote it, roll the model back, its lineage, and the model's stage history. */
export function VersionPanel() {
  const detail = useDeployStore((s) => s.detail);
  const selected = useDeployStore((s) => s.selectedVersion);
  const lineage = useDeployStore((s) => s.lineage);
  const lineageError = useDeployStore((s) => s.lineageError);
  const version = detail?.versions.find((v) => v.version === selected);
  if (!detail || !version) return null;
  return (
    <section className="version-panel" aria-labelledby="version-title" data-testid="version-panel">
      <div className="section-head">
        <h3 id="version-title" className="section-title">
          {detail.name} v{version.version} <StageBadge stage={version.stage} />
        </h3>
        <span className="muted">
          {detail.production === null
            ? 'No production version yet'
            : `v${detail.production} serves by default`}
        </span>
      </div>
      <PromoteForm version={version.version} stage={version.stage} />
      <RollbackForm detail={detail} />
      {lineageError && (
        <p className="error-text" role="alert">
          Could not load the lineage: {lineageError}
        </p>
      )}
      {lineage && lineage.version === version.version && lineage.modelName === detail.name && (
        <LineageView lineage={lineage} />
      )}
      <section aria-labelledby="model-history-title">
        <h4 id="model-history-title" className="section-title">
          History of {detail.name}
        </h4>
        <StageHistory
          events={detail.events}
          testId="model-history"
          empty="No stage changes yet: promote a version to put it in production."
        />
      </section>
    </section>
  );
}
