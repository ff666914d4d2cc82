import { JsonTextArea } from '../../../../components/common/JsonTextArea';
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
      <JsonTextArea
        id="improve-policies-text"
        label="Policies (JSON list): each has a name, triggers (driftWindows, metricDrop, newLabels, everyHours), an action (retrain or retune), promotion (auto or approval) and a watch after promotion; [] turns the loop off"
        text={text}
        onChange={editPolicies}
        disabled={!loaded}
        error={error}
        maxRows={28}
        className="improve-policy-text"
        errorClassName="improve-policy-error"
        testId="policies-editor"
        errorTestId="policy-error"
      />
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
