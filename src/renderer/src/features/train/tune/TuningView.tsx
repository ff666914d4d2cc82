import { ProgressBar } from '../../../components/jobs/ProgressBar';
import { STATUS_LABEL } from '../../../lib/job-status';
import { useJobsStore } from '../../../store/jobs-store';
import { formatWhen } from '../../data/lib/format';
import { shortId } from '../lib/run-status';
import { bestTrial } from '../lib/trial-points';
import { setTrain, useTrainStore } from '../state/train-store';
import { stopTuning } from '../state/tune-actions';
import { BestTrial } from './BestTrial';
import { TrialScatter } from './TrialScatter';
import { TrialsTable } from './TrialsTable';

/** The open tuning, live: progress, Stop, the trial table, metric against each hyperparameter, the best trial. */
export function TuningView() {
  const tunings = useTrainStore((s) => s.tunings);
  const selectedId = useTrainStore((s) => s.selectedTuningId);
  const tuning = tunings.find((t) => t.id === selectedId);
  const job = useJobsStore((s) => (tuning?.jobId ? s.byId[tuning.jobId] : undefined));
  if (!tuning) return null;
  const running = tuning.status === 'running' || tuning.status === 'queued';
  const percent = Math.round(Math.min(1, Math.max(0, job?.progress ?? 0)) * 100);
  const spec = tuning.spec;
  const epochsTrained = Math.max(
    tuning.totalEpochs,
    tuning.trials.reduce((sum, t) => sum + t.epochsDone, 0),
  );
  return (
    <section
      className="tuning-view"
      aria-labelledby="tuning-title"
      data-testid="tuning-view"
      data-status={tuning.status}
      data-tuning-id={tuning.id}
    >
      <div className="run-head">
        <h3 id="tuning-title" className="section-title">
          Tuning {shortId(tuning.id)}
        </h3>
        <span className="pill" data-tone={tuning.status} data-testid="tuning-status">
          {STATUS_LABEL[tuning.status]}
        </span>
        <span className="muted run-sub">
          {spec.strategy} · {spec.trials} trials · up to {spec.maxEpochs} epochs
          {spec.strategy === 'hyperband' ? ` · eta ${spec.eta}` : ''} · concurrency {spec.concurrency}
          {spec.timeBudgetMinutes ? ` · ${spec.timeBudgetMinutes} min budget` : ''} · {epochsTrained} epochs
          trained · started {formatWhen(tuning.createdAt)}
        </span>
        <span className="run-head-actions button-row">
          {tunings.length > 1 && (
            <select
              className="input input-compact"
              aria-label="Show tuning"
              value={tuning.id}
              onChange={(e) => setTrain({ selectedTuningId: e.target.value })}
            >
              {tunings.map((t) => (
                <option key={t.id} value={t.id}>
                  {shortId(t.id)} · {t.status} · {formatWhen(t.createdAt)}
                </option>
              ))}
            </select>
          )}
          {running && (
            <button
              type="button"
              className="button button-small button-danger"
              onClick={() => void stopTuning(tuning)}
            >
              Stop tuning
            </button>
          )}
        </span>
      </div>
      {running && job && (
        <div className="run-progress">
          <ProgressBar percent={percent} label="Tuning progress" status={job.status} />
          <span className="muted run-message">{job.message}</span>
        </div>
      )}
      {job?.error && !running && tuning.status !== 'succeeded' && (
        <p className="form-error error-text" role="alert">
          {job.error.message}
        </p>
      )}
      <BestTrial tuning={tuning} />
      <TrialsTable tuning={tuning} bestRunId={bestTrial(tuning)?.runId ?? null} />
      {tuning.spec.strategy === 'hyperband' && (
        <p className="muted form-note">
          Stopped: successive halving left the trial at a lower rung; only the best 1/{tuning.spec.eta} of
          each rung trains on.
        </p>
      )}
      <TrialScatter tuning={tuning} />
    </section>
  );
}
