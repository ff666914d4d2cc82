import { useImproveStore } from '../state/improve-store';
import { PoliciesEditor } from './PoliciesEditor';
import { PolicyStateList } from './PolicyStateList';

/** The open model's continuous-improvement policies: their state, "Run now", and the JSON editor. */
export function PoliciesPanel({ modelName }: { modelName: string }) {
  const policies = useImproveStore((s) => s.policies);
  const loaded = useImproveStore((s) => s.policiesLoaded);
  const error = useImproveStore((s) => s.policiesError);
  const runError = useImproveStore((s) => s.runNowError);
  const runDone = useImproveStore((s) => s.runNowDone);
  return (
    <section
      className="monitor-panel improve-panel"
      aria-labelledby="improve-policies-title"
      data-testid="improve-policies"
    >
      <div className="section-head">
        <h3 id="improve-policies-title" className="section-title">
          Improvement policies of {modelName}
        </h3>
        <span className="muted">When to retrain, how, and how to ship the result</span>
      </div>
      {error && (
        <p className="error-text" role="alert">
          Could not read the policies: {error}
        </p>
      )}
      {runError && (
        <p className="error-text" role="alert" data-testid="policy-run-error">
          {runError}
        </p>
      )}
      {runDone && (
        <p className="success-text" role="status">
          {runDone}
        </p>
      )}
      {loaded ? <PolicyStateList policies={policies} /> : <p className="muted">Reading the policies…</p>}
      <PoliciesEditor />
    </section>
  );
}
