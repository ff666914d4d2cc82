import { useParam } from './param-binding';

/** A yes/no parameter as a checkbox, bound to the draft by path. */
export function ParamCheck({ path, label }: { path: string; label: string }) {
  const p = useParam(path);
  return (
    <div className="field train-field train-check" data-changed={p.changed || undefined}>
      <label className="checkbox">
        <input type="checkbox" checked={p.value === true} onChange={(e) => p.set(e.target.checked)} />
        {label}
      </label>
      {p.changed && <span className="changed-dot" title="Changed from the default" aria-hidden="true" />}
      {p.error && (
        <span className="error-text field-error" role="alert">
          {p.error}
        </span>
      )}
    </div>
  );
}
