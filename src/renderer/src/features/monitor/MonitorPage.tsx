import { StepEmptyState } from '../../components/common/StepEmptyState';
import { StepPageHeader } from '../../components/common/StepPageHeader';
import type { StepPageProps } from '../../components/common/step-page-props';
import { useAppStore } from '../../store/app-store';
import { AlertsPanel } from './alerts/AlertsPanel';
import { DemoStatus } from './improve/components/DemoStatus';
import { ImprovePanels } from './improve/components/ImprovePanels';
import { RunDemoButton } from './improve/components/RunDemoButton';
import { ProductionLabelsPanel } from './labeling/components/ProductionLabelsPanel';
import { MonitorPicker } from './picker/MonitorPicker';
import { MonitorBody } from './report/MonitorBody';
import { useMonitorStore } from './state/monitor-store';
import { useMonitorSync } from './state/use-monitor-sync';
import { MonitorTraffic } from './traffic/MonitorTraffic';
import { WindowControl } from './window/WindowControl';

const PURPOSE =
  'Watch a deployed model: its live traffic, drift of its inputs from the training data, its accuracy, and alerts.';

/**
 * The Monitor step: pick a model (its production version by default) and a window of its live
 * traffic; read drift per feature and over time, data quality, the live metric, traffic and alerts.
 */
export function MonitorPage({ step, steps }: StepPageProps) {
  useMonitorSync();
  const loaded = useMonitorStore((s) => s.modelsLoaded);
  const hasModels = useMonitorStore((s) => s.models.length > 0);
  const loadError = useMonitorStore((s) => s.loadError);
  const selectStep = useAppStore((s) => s.selectStep);
  return (
    <div className="monitor-page">
      <StepPageHeader step={step} purpose={PURPOSE} />
      <DemoStatus />
      {loadError && (
        <p className="error-text" role="alert">
          Could not load the models: {loadError}
        </p>
      )}
      {loaded && !hasModels ? (
        <div data-testid="monitor-empty" data-reason="no-models">
          <StepEmptyState step={step} steps={steps} heading="Nothing to monitor yet">
            <p className="empty-note">
              Train a model, promote a version in Deploy, and send it predictions: its drift, live accuracy
              and alerts show here.
            </p>
            {step.state !== 'blocked' && (
              <button type="button" className="button button-primary" onClick={() => selectStep('train')}>
                Go to Train
              </button>
            )}
            <RunDemoButton />
          </StepEmptyState>
        </div>
      ) : (
        hasModels && (
          <>
            <section className="monitor-panel monitor-controls" aria-label="Model and window">
              <MonitorPicker />
              <WindowControl />
            </section>
            <MonitorBody />
            <AlertsPanel />
            <ImprovePanels />
            <ProductionLabelsPanel />
            <MonitorTraffic />
          </>
        )
      )}
    </div>
  );
}
