import type { EvalFormField } from '../lib/eval-form';
import { useEvaluateStore } from '../state/evaluate-store';
import { updateForm } from '../state/job-actions';

function NumberField({
  field,
  label,
  unit,
}: {
  field: Extract<EvalFormField, 'rate' | 'seconds' | 'connections'>;
  label: string;
  unit: string;
}) {
  const value = useEvaluateStore((s) => s.form[field]);
  const error = useEvaluateStore((s) => s.formErrors[field]);
  const id = `eval-load-${field}`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <span className="eval-number">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          data-testid={id}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => updateForm({ [field]: e.target.value })}
        />
        <span className="muted">{unit}</span>
      </span>
      {error && (
        <span id={`${id}-error`} className="error-text eval-field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** Robustness suite and load test switches; the load test's rate, duration and connections. */
export function LoadTestFields() {
  const robustness = useEvaluateStore((s) => s.form.robustness);
  const load = useEvaluateStore((s) => s.form.load);
  return (
    <fieldset className="eval-options">
      <legend className="field-label">Also run</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="eval-robustness-toggle"
          checked={robustness}
          onChange={(e) => updateForm({ robustness: e.target.checked })}
        />
        Robustness suite (noise, missing values, unseen categories, shifts)
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="eval-load-toggle"
          checked={load}
          onChange={(e) => updateForm({ load: e.target.checked })}
        />
        Load test in the inference server (latency, throughput)
      </label>
      {load && (
        <div className="eval-load-fields">
          <NumberField field="rate" label="Rate" unit="req/s" />
          <NumberField field="seconds" label="Duration" unit="s" />
          <NumberField field="connections" label="Connections" unit="" />
        </div>
      )}
    </fieldset>
  );
}
