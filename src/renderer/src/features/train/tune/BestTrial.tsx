import { useEffect } from 'react';
import type { TuningRecord } from '../../../../../shared/train';
import { formatMetric } from '../lib/format-train';
import { metricLabel, shortId } from '../lib/run-status';
import { bestTrial } from '../lib/trial-points';
import { loadRunDetail, selectRun } from '../state/run-actions';
import { useTrainStore } from '../state/train-store';

/** The best trial so far (the tuning's pick once done) and, when done, the model version it became. */
export function BestTrial({ tuning }: { tuning: TuningRecord }) {
  const best = bestTrial(tuning);
  const run = useTrainStore((s) => (best ? s.runs.find((r) => r.id === best.runId) : undefined));
  const done = tuning.status === 'succeeded';
  const bestId = best?.runId;
  const known = run !== undefined && (!done || run.modelName !== null);
  useEffect(() => {
    if (bestId && !bestId.startsWith('pending-') && done && !known) void loadRunDetail(bestId);
  }, [bestId, done, known]);
  if (!best) return null;
  return (
    <div className="best-trial" data-testid="tuning-best" data-run-id={best.runId}>
      <p>
        <strong>{done ? 'Best trial' : 'Best so far'}:</strong>{' '}
        <button type="button" className="link-button mono" onClick={() => void selectRun(best.runId)}>
          {shortId(best.runId)}
        </button>{' '}
        with validation {metricLabel(tuning.metricName)} <strong>{formatMetric(best.metric)}</strong>
        {' · '}
        {Object.entries(best.values)
          .map(([k, v]) => `${k} = ${typeof v === 'number' ? formatMetric(v) : String(v)}`)
          .join(', ')}
      </p>
      {done && run?.modelName && run.modelVersion !== null && (
        <p data-testid="tuning-model">
          Candidate model: <strong>{run.modelName}</strong> version <strong>{run.modelVersion}</strong>
        </p>
      )}
    </div>
  );
}
