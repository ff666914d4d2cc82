import { revealSoon } from '../lib/reveal';
import { spaceFromDrafts } from '../lib/space-draft';
import { useTrainStore } from '../state/train-store';
import { startTuning } from '../state/tune-actions';
import { SpaceEditor } from './SpaceEditor';
import { TuneSettingsFields } from './TuneSettingsFields';

/** Tune: strategy and budgets, the search space, Start. */
export function TunePanel() {
  const busy = useTrainStore((s) => s.busy);
  const ready = useTrainStore((s) => s.draft !== null);
  const space = useTrainStore((s) => s.space);
  const invalid = useTrainStore((s) => Object.keys(s.invalid).some((k) => k.startsWith('tune.')));
  const error = useTrainStore((s) => s.tuneErrors?.message);
  const spaceBad = Object.keys(spaceFromDrafts(space).errors).length > 0;
  if (!ready) return null;
  return (
    <form
      className="params-form tune-form"
      aria-label="Tuning"
      onSubmit={(e) => {
        e.preventDefault();
        void startTuning().then((ok) => ok && revealSoon('tuning-title'));
      }}
    >
      <p className="muted form-note">
        Each trial is a run with values drawn from the space; the other parameters are the ones set under
        “Train one model”. The best trial becomes a candidate model version.
      </p>
      <TuneSettingsFields />
      <SpaceEditor />
      {error && (
        <p className="form-error error-text" role="alert" data-testid="tune-error">
          {error}
        </p>
      )}
      <div className="button-row form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || invalid || spaceBad || space.length === 0}
        >
          {busy ? 'Starting…' : 'Start tuning'}
        </button>
        {spaceBad && <span className="error-text">Fix the search space rows marked in red first.</span>}
      </div>
    </form>
  );
}
