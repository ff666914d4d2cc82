import { useState } from 'react';
import type { RunRecord, RunStatus } from '../../../../../shared/train';
import { isResumable, isRunActive } from '../lib/run-status';
import { resumeRun, stopRun } from '../state/run-actions';

/** Stop a running run; resume a stopped, failed or interrupted one from its last epoch. */
export function RunActions({
  run,
  status,
  epochsDone,
}: {
  run: RunRecord;
  status: RunStatus;
  /** Epochs finished (the record's count, or the curve's when the record is older). */
  epochsDone: number;
}) {
  const [busy, setBusy] = useState(false);
  const act = async (what: () => Promise<void>) => {
    setBusy(true);
    await what();
    setBusy(false);
  };
  if (isRunActive(status)) {
    return (
      <button
        type="button"
        className="button button-small button-danger"
        disabled={busy}
        onClick={() => void act(() => stopRun(run.id))}
      >
        Stop
      </button>
    );
  }
  if (isResumable({ kind: run.kind, status })) {
    return (
      <button
        type="button"
        className="button button-small button-primary"
        disabled={busy}
        onClick={() => void act(() => resumeRun(run.id))}
      >
        Resume from epoch {epochsDone + 1}
      </button>
    );
  }
  return null;
}
