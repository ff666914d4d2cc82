import { useEffect, useId, useState } from 'react';
import type { EvaluationReport } from '../../../../../shared/evaluate';
import { passedReason, promoteBlocker, promoteLabel, promoteMode } from '../lib/promote-gate';
import { useEvaluateStore } from '../state/evaluate-store';
import { promoteEvaluated } from '../state/report-actions';

/**
 * Promote the evaluated version to production: a plain promotion when its gate passed; when it was
 * blocked, "Promote anyway (override)" with a written reason (the engine records the override).
 */
export function PromotePanel({ report }: { report: EvaluationReport }) {
  const stage = useEvaluateStore(
    (s) =>
      s.models.find((m) => m.name === report.modelName)?.versions.find((v) => v.version === report.version)
        ?.stage ?? null,
  );
  const production = useEvaluateStore(
    (s) => s.models.find((m) => m.name === report.modelName)?.production ?? null,
  );
  const busy = useEvaluateStore((s) => s.promoteBusy);
  const error = useEvaluateStore((s) => s.promoteError);
  const done = useEvaluateStore((s) => s.promoteDone);
  const passed = report.gate.passed;
  const mode = promoteMode(passed, stage);
  const [reason, setReason] = useState('');
  const id = useId();
  useEffect(() => {
    setReason(passed ? passedReason(report.version, report.gate.checks.length) : '');
  }, [passed, report.version, report.gate.checks.length]);
  const blocker = promoteBlocker({ mode, reason, busy });
  if (mode === 'in-production') {
    return (
      <p className="eval-promote-note muted" data-testid="eval-promote-state">
        {done ?? `v${report.version} is in production.`}
      </p>
    );
  }
  return (
    <form
      className="eval-promote"
      data-mode={mode}
      aria-label={promoteLabel(mode)}
      onSubmit={(e) => {
        e.preventDefault();
        if (!blocker) void promoteEvaluated(reason.trim(), mode === 'override');
      }}
    >
      <div className="field field-wide">
        <label className="field-label" htmlFor={`${id}-reason`}>
          {mode === 'override' ? 'Why ship it although the gate blocked it' : 'Reason for the promotion'}
        </label>
        <input
          id={`${id}-reason`}
          className="input"
          data-testid="eval-promote-reason"
          value={reason}
          placeholder={mode === 'override' ? 'e.g. the failed latency check measured a cold server' : ''}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="eval-promote-actions">
        <button
          type="submit"
          className={mode === 'override' ? 'button button-danger' : 'button button-primary'}
          data-testid="eval-promote"
          disabled={blocker !== null}
          aria-describedby={`${id}-why`}
        >
          {promoteLabel(mode)}
        </button>
        <span id={`${id}-why`} className="muted field-help">
          {blocker ??
            (production === null
              ? `v${report.version} becomes the first production version.`
              : `v${report.version} goes to production; v${production} is archived.`)}
        </span>
      </div>
      {error && (
        <p className="error-text eval-promote-error" role="alert" data-testid="eval-promote-error">
          {error}
        </p>
      )}
      {done && (
        <p className="success-text" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
