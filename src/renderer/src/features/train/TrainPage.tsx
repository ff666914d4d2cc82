import { StepEmptyState } from '../../components/common/StepEmptyState';
import { StepPageHeader } from '../../components/common/StepPageHeader';
import type { StepPageProps } from '../../components/common/step-page-props';
import { useAppStore } from '../../store/app-store';
import { CompareView } from './compare/CompareView';
import { ModelsList } from './models/ModelsList';
import { SelectedRun } from './run/RunView';
import { RunsTable } from './runs/RunsTable';
import { SetupPanel } from './setup/SetupPanel';
import { useTrainStore } from './state/train-store';
import { useTrainSync } from './state/use-train-sync';
import { TuningView } from './tune/TuningView';

const PURPOSE =
  'Train a model on a prepared dataset version with TensorFlow.js on the active ML backend, watch its curves live, compare runs and tune hyperparameters.';

/** The Train step: set up a run or a tuning, watch it, compare runs, see the models they made. */
export function TrainPage({ step, steps }: StepPageProps) {
  useTrainSync();
  const loaded = useTrainStore((s) => s.datasetsLoaded);
  const datasets = useTrainStore((s) => s.datasets.length);
  const loadError = useTrainStore((s) => s.loadError);
  const hasRuns = useTrainStore((s) => s.runs.length > 0);
  const mode = useTrainStore((s) => s.mode);
  const selectStep = useAppStore((s) => s.selectStep);
  const empty = loaded && datasets === 0 && !hasRuns;
  return (
    <div className="train-page">
      <StepPageHeader step={step} purpose={PURPOSE} />
      {loadError && (
        <p className="error-text" role="alert">
          Could not list the datasets: {loadError}
        </p>
      )}
      {empty ? (
        <StepEmptyState step={step} steps={steps} heading="No datasets to train on yet">
          <p className="empty-note">
            Import a dataset in the Data step and pick its target column; then come back to train a model on
            it.
          </p>
          {step.state !== 'blocked' && (
            <button type="button" className="button button-primary" onClick={() => selectStep('data')}>
              Go to Data
            </button>
          )}
        </StepEmptyState>
      ) : (
        <>
          {datasets > 0 && <SetupPanel />}
          {mode === 'tune' && <TuningView />}
          <SelectedRun />
          <RunsTable />
          <CompareView />
          {mode === 'train' && <TuningView />}
          <ModelsList />
        </>
      )}
    </div>
  );
}
