import { decideCycle, setReason } from '../state/improve-actions';
import { useImproveStore } from '../state/improve-store';

/** Approve (promote the challenger) or reject it, with a reason kept on the timeline. */
export function DecideForm({ cycleId, challenger }: { cycleId: string; challenger: number | null }) {
  const reason = useImproveStore((s) => s.reasons[cycleId] ?? '');
  const deciding = useImproveStore((s) => s.deciding);
  const error = useImproveStore((s) => (s.decideError?.cycleId === cycleId ? s.decideError.message : null));
  const inputId = `improve-reason-${cycleId}`;
  const busy = deciding !== null;
  return (
    <form
      className="improve-decide"
      onSubmit={(e) => {
        e.preventDefault();
        void decideCycle(cycleId, true);
      }}
    >
      <label className="field-label" htmlFor={inputId}>
        Reason (kept on the timeline)
      </label>
      <div className="improve-decide-row">
        <input
          id={inputId}
          className="input improve-reason"
          data-testid="cycle-reason"
          value={reason}
          placeholder="e.g. checked the recent-window evaluation"
          aria-invalid={error ? true : undefined}
          onChange={(e) => setReason(cycleId, e.target.value)}
        />
        <button
          type="submit"
          className="button button-primary button-small"
          data-testid="cycle-approve"
          disabled={busy}
        >
          {deciding === cycleId ? 'Saving…' : `Approve${challenger === null ? '' : ` v${challenger}`}`}
        </button>
        <button
          type="button"
          className="button button-danger button-small"
          data-testid="cycle-reject"
          disabled={busy}
          onClick={() => void decideCycle(cycleId, false)}
        >
          Reject
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert" data-testid="cycle-decide-error">
          {error}
        </p>
      )}
    </form>
  );
}
