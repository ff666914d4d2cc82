import { useEffect, useId, useState } from 'react';
import type { Stage } from '../../../../../shared/serve';
import { promoteBlocker, targetStages } from '../lib/stage';
import { promote } from '../state/deploy-actions';
import { useDeployStore } from '../state/deploy-store';

/** Move the open version to a stage (production by default) with a reason the history keeps. */
export function PromoteForm({ version, stage }: { version: number; stage: Stage }) {
  const busy = useDeployStore((s) => s.busy);
  const error = useDeployStore((s) => s.promoteError);
  const stages = targetStages(stage);
  const [target, setTarget] = useState<Stage>(stages[0] ?? 'production');
  const [reason, setReason] = useState('');
  const [overrideGate, setOverrideGate] = useState(false);
  const id = useId();
  useEffect(() => {
    setTarget(targetStages(stage)[0] ?? 'production');
  }, [stage]);
  const blocker = promoteBlocker({ stage, target, reason, busy, overrideGate });
  const submit = async () => {
    if (blocker) return;
    if (await promote(target, reason.trim(), overrideGate)) {
      setReason('');
      setOverrideGate(false);
    }
  };
  return (
    <form
      className="deploy-action"
      aria-label={`Promote v${version}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor={`${id}-stage`}>
          Move v{version} to
        </label>
        <select
          id={`${id}-stage`}
          className="input"
          value={target}
          onChange={(e) => setTarget(e.target.value as Stage)}
        >
          {stages.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-wide">
        <label className="field-label" htmlFor={`${id}-reason`}>
          Reason for the promotion
        </label>
        <input
          id={`${id}-reason`}
          className="input"
          value={reason}
          placeholder="e.g. best test accuracy so far"
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {target === 'production' && (
        <label className="field-check field-wide">
          <input
            type="checkbox"
            checked={overrideGate}
            data-testid="promote-override"
            onChange={(e) => setOverrideGate(e.target.checked)}
          />{' '}
          Override the evaluation gate (production normally needs a passing evaluation; the reason must say
          why)
        </label>
      )}
      <div className="deploy-action-buttons">
        <button
          type="submit"
          className="button button-primary"
          disabled={blocker !== null}
          aria-describedby={`${id}-why`}
        >
          Promote
        </button>
        <span id={`${id}-why`} className="muted field-help" data-testid="promote-why">
          {blocker ?? `v${version} goes to ${target}.`}
        </span>
      </div>
      {error && (
        <p className="error-text deploy-action-error" role="alert" data-testid="promote-error">
          {error}
        </p>
      )}
    </form>
  );
}
