import { formatCount } from '../../data/lib/format';
import { changedPaths } from '../lib/params-diff';
import { revealSoon } from '../lib/reveal';
import { startTraining } from '../state/run-actions';
import { resetParams } from '../state/setup-actions';
import { useTrainStore } from '../state/train-store';
import { EarlyStoppingSection } from './EarlyStoppingSection';
import { MlpSection } from './MlpSection';
import { PipelineSection } from './PipelineSection';
import { ScheduleSection } from './ScheduleSection';
import { TextSection } from './TextSection';
import { TrainingSection } from './TrainingSection';

/** The hyperparameters, pre-filled from the version's defaults, and Start. */
export function ParamsForm() {
  const draft = useTrainStore((s) => s.draft);
  const defaults = useTrainStore((s) => s.defaults);
  const invalid = useTrainStore((s) => Object.keys(s.invalid).length);
  const busy = useTrainStore((s) => s.busy);
  const errors = useTrainStore((s) => s.startErrors);
  if (!draft || !defaults) return null;
  const changed = changedPaths(defaults.params, draft);
  const shape = defaults.shape;
  return (
    <form
      className="params-form"
      aria-label="Hyperparameters"
      onSubmit={(e) => {
        e.preventDefault();
        void startTraining().then((ok) => ok && revealSoon('run-view-title'));
      }}
    >
      <p className="muted form-note" data-testid="defaults-note">
        Defaults from the data: {formatCount(shape.trainRows)} train rows, {shape.features} feature
        {shape.features === 1 ? '' : 's'}
        {shape.classes !== null ? `, ${shape.classes} classes` : ', regression'}.{' '}
        {changed.length > 0 ? `${changed.length} changed: ${changed.join(', ')}.` : 'Nothing changed yet.'}
      </p>
      <TrainingSection />
      <ScheduleSection />
      <EarlyStoppingSection />
      {draft.template === 'mlp' ? <MlpSection /> : <TextSection />}
      <PipelineSection />
      {errors && (
        <p className="form-error error-text" role="alert" data-testid="train-error">
          {errors.message}
        </p>
      )}
      <div className="button-row form-actions">
        <button type="submit" className="button button-primary" disabled={busy || invalid > 0}>
          {busy ? 'Starting…' : 'Start training'}
        </button>
        <button type="button" className="button" disabled={changed.length === 0} onClick={resetParams}>
          Reset to defaults
        </button>
        {invalid > 0 && <span className="error-text">Fix the fields marked in red first.</span>}
      </div>
    </form>
  );
}
