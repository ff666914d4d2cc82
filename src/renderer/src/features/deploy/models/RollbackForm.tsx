import { useId, useState } from 'react';
import type { ModelDetail } from '../../../../../shared/serve';
import { rollbackAvailability } from '../lib/rollback';
import { rollback } from '../state/deploy-actions';
import { useDeployStore } from '../state/deploy-store';

/** Put the previous production version back, with a reason; says why when there is none. */
export function RollbackForm({ detail }: { detail: ModelDetail }) {
  const busy = useDeployStore((s) => s.busy);
  const error = useDeployStore((s) => s.rollbackError);
  const [reason, setReason] = useState('');
  const id = useId();
  const availability = rollbackAvailability(detail);
  const why = !availability.available
    ? availability.why
    : busy
      ? 'Working…'
      : !reason.trim()
        ? 'Give a reason: it is kept in the model’s history.'
        : null;
  const label = availability.available ? `Roll back to v${availability.to}` : 'Roll back';
  return (
    <form
      className="deploy-action"
      aria-label="Roll back"
      onSubmit={(e) => {
        e.preventDefault();
        if (why) return;
        void rollback(reason.trim()).then((ok) => ok && setReason(''));
      }}
    >
      <div className="field field-wide">
        <label className="field-label" htmlFor={`${id}-reason`}>
          Reason for the rollback
        </label>
        <input
          id={`${id}-reason`}
          className="input"
          value={reason}
          disabled={!availability.available}
          placeholder="e.g. error rate went up after the release"
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="deploy-action-buttons">
        <button type="submit" className="button" disabled={why !== null} aria-describedby={`${id}-why`}>
          {label}
        </button>
        <span id={`${id}-why`} className="muted field-help" data-testid="rollback-why">
          {why ??
            (availability.available
              ? `v${availability.from} is archived, v${availability.to} serves again.`
              : '')}
        </span>
      </div>
      {error && (
        <p className="error-text deploy-action-error" role="alert" data-testid="rollback-error">
          {error}
        </p>
      )}
    </form>
  );
}
