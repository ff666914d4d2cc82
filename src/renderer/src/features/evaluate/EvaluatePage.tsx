import { StepEmptyState } from '../../components/common/StepEmptyState';
import { StepPageHeader } from '../../components/common/StepPageHeader';
import type { StepPageProps } from '../../components/common/step-page-props';
import { useAppStore } from '../../store/app-store';
import { PolicyEditor } from './gate/PolicyEditor';
import { HistoryList } from './history/HistoryList';
import { ReportView } from './report/ReportView';
import { EvaluateForm } from './setup/EvaluateForm';
import { ModelVersionPicker } from './setup/ModelVersionPicker';
import { useEvaluateStore } from './state/evaluate-store';
import { useEvaluateSync } from './state/use-evaluate-sync';

const PURPOSE =
  'Measure a trained model: its metrics overall and per slice, its robustness, its latency under load, and whether it passes its gate.';

/** What shows where the report goes: the report, or why there is none. */
function ReportArea() {
  const report = useEvaluateStore((s) => s.report);
  const loading = useEvaluateStore((s) => s.reportLoading);
  const error = useEvaluateStore((s) => s.reportError);
  const version = useEvaluateStore((s) => s.selectedVersion);
  if (error) {
    return (
      <p className="error-text" role="alert">
        Could not load the report: {error}
      </p>
    );
  }
  if (report && report.version === version) return <ReportView report={report} />;
  if (loading) return <p className="muted">Loading the report…</p>;
  if (version === null) return null;
  return (
    <p className="eval-none muted" data-testid="eval-no-report">
      v{version} has not been evaluated yet: start an evaluation above.
    </p>
  );
}

/** The Evaluate step: pick a version, evaluate it (a job), read its report and gate, promote it. */
export function EvaluatePage({ step, steps }: StepPageProps) {
  useEvaluateSync();
  const loaded = useEvaluateStore((s) => s.modelsLoaded);
  const hasModels = useEvaluateStore((s) => s.models.length > 0);
  const loadError = useEvaluateStore((s) => s.loadError);
  const selectStep = useAppStore((s) => s.selectStep);
  return (
    <div className="evaluate-page">
      <StepPageHeader step={step} purpose={PURPOSE} />
      {loadError && (
        <p className="error-text" role="alert">
          Could not load the models: {loadError}
        </p>
      )}
      {loaded && !hasModels ? (
        <StepEmptyState step={step} steps={steps} heading="No models to evaluate yet">
          <p className="empty-note">
            Each finished training run files a model version; train one, then evaluate it here.
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
            <section className="eval-panel eval-setup" aria-labelledby="eval-setup-title">
              <h3 id="eval-setup-title" className="section-title">
                Evaluate a model version
              </h3>
              <ModelVersionPicker />
              <EvaluateForm />
            </section>
            <HistoryList />
            <ReportArea />
            <PolicyEditor />
          </>
        )
      )}
    </div>
  );
}
