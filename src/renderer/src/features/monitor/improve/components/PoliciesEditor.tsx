import { recordsText } from '../lib/policy-json';
import { addDefaultPolicy, editPolicies, resetPolicies, savePolicies } from '../state/improve-actions';
import { useImproveStore } from '../state/improve-store';

/** The model's whole policy list as JSON: edit, add a default policy, save (the engine checks it), or undo. */
export function PoliciesEditor() {
  const loaded = useImproveStore((s) => s.policiesLoaded);
  const policies = useImproveStore((s) => s.policies);
  const text = useImproveStore((s) => s.policyText);
  const error = useImproveStore((s) => s.policyError);
  const saving = useImproveStore((s) => s.policySaving);
  const saved = useImproveStore((s) => s.policySaved);
  const changed = loaded && text !== recordsText(policies);
  return (
    <form
      className="improve-policy-form"
      onSubmit={(e) => {
        e.preventDefault();
        void savePolicies();
      }}
    >
      <label className="field-label" htmlFor="improve-policies-text">
        Policies (JSON list): each has a name, triggers (driftWindows, metricDrop, newLabels, everyHours), an
        action (retrain or retune), promotion (auto or approval) and a watch after promotion; [] turns the
        loop off
      </label>
      <textarea
        id="improve-policies-text"
        className="input improve-policy-text"
        data-testid="policies-editor"
        spellCheck={false}
        rows={Math.min(28, Math.max(8, text.split('\n').length + 1))}
        value={text}
        disabled={!loaded}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'improve-policy-error' : undefined}
        onChange={(e) => editPolicies(e.target.value)}
      />
      {error && (
        <p
          id="improve-policy-error"
          className="error-text improve-policy-error"
          role="alert"
          data-testid="policy-error"
        >
          {error}
        </p>
      )}
      <div className="improve-policy-actions">
        <button
          type="submit"
          className="button button-primary"
          data-testid="policies-save"
          disabled={!loaded || saving}
        >
          {saving ? 'Saving…' : 'Save policies'}
        </button>
        <button
          type="button"
          className="button"
          data-testid="policy-new"
          disabled={!loaded || saving}
          onClick={addDefaultPolicy}
        >
          New policy
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={!changed || saving}
          onClick={resetPolicies}
        >
          Undo changes
        </button>
        {saved && (
          <span className="success-text" role="status" data-testid="policies-saved">
            Saved: the loop follows these policies from its next look.
          </span>
        )}
      </div>
    </form>
  );
}
