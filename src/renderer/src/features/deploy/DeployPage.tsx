import { StepEmptyState } from '../../components/common/StepEmptyState';
import { StepPageHeader } from '../../components/common/StepPageHeader';
import type { StepPageProps } from '../../components/common/step-page-props';
import { useAppStore } from '../../store/app-store';
import { EndpointPanel } from './endpoint/EndpointPanel';
import { ExamplesPanel } from './examples/ExamplesPanel';
import { ModelPicker } from './models/ModelPicker';
import { VersionPanel } from './models/VersionPanel';
import { VersionsTable } from './models/VersionsTable';
import { useDeployStore } from './state/deploy-store';
import { useDeploySync } from './state/use-deploy-sync';
import { TrafficPanel } from './traffic/TrafficPanel';

const PURPOSE =
  'Serve a model that passed its gate on a local inference port, with request batching and a log of every request.';

/** The Deploy step: the registry (stages, promote, rollback, lineage), the endpoint, examples and live traffic. */
export function DeployPage({ step, steps }: StepPageProps) {
  useDeploySync();
  const loaded = useDeployStore((s) => s.modelsLoaded);
  const hasModels = useDeployStore((s) => s.models.length > 0);
  const loadError = useDeployStore((s) => s.loadError);
  const selectStep = useAppStore((s) => s.selectStep);
  return (
    <div className="deploy-page">
      <StepPageHeader step={step} purpose={PURPOSE} />
      {loadError && (
        <p className="error-text" role="alert">
          Could not load the models: {loadError}
        </p>
      )}
      <EndpointPanel />
      {loaded && !hasModels ? (
        <StepEmptyState step={step} steps={steps} heading="No models to deploy yet">
          <p className="empty-note">
            Each finished training run files a model version; train one, then promote it here.
          </p>
          {step.state !== 'blocked' && (
            <button type="button" className="button button-primary" onClick={() => selectStep('train')}>
              Go to Train
            </button>
          )}
        </StepEmptyState>
      ) : (
        hasModels && (
          <>
            <section className="registry-panel" aria-labelledby="registry-title">
              <div className="section-head">
                <h3 id="registry-title" className="section-title">
                  Models
                </h3>
              </div>
              <ModelPicker />
              <VersionsTable />
            </section>
            <VersionPanel />
            <ExamplesPanel />
          </>
        )
      )}
      <TrafficPanel />
    </div>
  );
}
