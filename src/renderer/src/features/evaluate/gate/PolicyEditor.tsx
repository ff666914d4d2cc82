import { JsonTextArea } from '../../../components/common/JsonTextArea';
import { formatWhen } from '../../data/lib/format';
import { isLowerBetter, metricLabel } from '../lib/metric-names';
import { policyText } from '../lib/policy-text';
import { useEvaluateStore } from '../state/evaluate-store';
import { editPolicy, resetPolicy, savePolicy } from '../state/gate-actions';

/** The open model's gate policy as JSON: edit, save (the engine checks it), or put the stored one back. */
export function PolicyEditor() {
  const model = useEvaluateStore((s) => s.selectedModel);
  const gate = useEvaluateStore((s) => s.gate);
  const gateError = useEvaluateStore((s) => s.gateError);
  const text = useEvaluateStore((s) => s.policyText);
  const error = useEvaluateStore((s) => s.policyError);
  const saving = useEvaluateStore((s) => s.policySaving);
  const saved = useEvaluateStore((s) => s.policySaved);
  const changed = gate !== null && text !== policyText(gate.policy);
  return (
    <section className="eval-panel eval-policy" aria-labelledby="eval-policy-title">
      <div className="section-head">
        <h3 id="eval-policy-title" className="section-title">
          Gate policy{model ? ` of ${model}` : ''}
        </h3>
        {gate && (
          <span className="muted" data-testid="eval-policy-source">
            {gate.source === 'model'
              ? `its own${gate.updatedAt ? `, saved ${formatWhen(gate.updatedAt)}` : ''}`
              : 'the default (it has none of its own)'}
          </span>
        )}
      </div>
      {gateError && (
        <p className="error-text" role="alert">
          Could not load the gate policy: {gateError}
        </p>
      )}
      <form
        className="eval-policy-form"
        onSubmit={(e) => {
          e.preventDefault();
          void savePolicy();
        }}
      >
        <JsonTextArea
          id="eval-policy-text"
          label="Checks (JSON): each has a metric and one of min, max, maxDropVsProduction, minGainVsProduction; a “slice” names a feature whose every slice must pass"
          text={text}
          onChange={editPolicy}
          disabled={!gate}
          error={error}
          maxRows={24}
          className="eval-policy-text"
          errorClassName="eval-policy-error"
          testId="eval-policy-editor"
          errorTestId="eval-policy-error"
        />
        <div className="eval-policy-actions">
          <button
            type="submit"
            className="button button-primary"
            data-testid="eval-policy-save"
            disabled={!gate || saving}
          >
            {saving ? 'Saving…' : 'Save policy'}
          </button>
          <button
            type="button"
            className="button button-quiet"
            disabled={!changed || saving}
            onClick={resetPolicy}
          >
            Undo changes
          </button>
          {saved && (
            <span className="success-text" role="status">
              Saved: the next evaluation uses it.
            </span>
          )}
        </div>
      </form>
      {gate && gate.knownMetrics.length > 0 && (
        <div className="eval-known-metrics">
          <h4 className="field-label">Metric names checks may use</h4>
          <ul className="eval-metric-names" data-testid="eval-known-metrics">
            {gate.knownMetrics.map((name) => (
              <li key={name}>
                <code title={metricLabel(name)}>{name}</code>{' '}
                <span className="muted">{isLowerBetter(name) ? 'lower' : 'higher'} is better</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
