import { useEffect } from 'react';
import { newestVersionId } from '../lib/eval-form';
import { useEvaluateStore } from '../state/evaluate-store';
import { loadDatasets, updateForm } from '../state/job-actions';

/** Which rows to evaluate on: the version's held-out test split, or a dataset version picked here. */
export function DataSourceFields() {
  const form = useEvaluateStore((s) => s.form);
  const error = useEvaluateStore((s) => s.formErrors.datasetVersionId);
  const datasets = useEvaluateStore((s) => s.datasets);
  const datasetsError = useEvaluateStore((s) => s.datasetsError);
  const picking = form.source === 'dataset-version';
  useEffect(() => {
    if (picking && datasets === null) void loadDatasets();
  }, [picking, datasets]);
  const dataset = datasets?.find((d) => d.id === form.datasetId);
  return (
    <fieldset className="eval-source">
      <legend className="field-label">Data</legend>
      <label className="radio">
        <input
          type="radio"
          name="eval-source"
          checked={!picking}
          onChange={() => updateForm({ source: 'test-split' })}
        />
        The version’s held-out test split
      </label>
      <label className="radio">
        <input
          type="radio"
          name="eval-source"
          checked={picking}
          onChange={() => updateForm({ source: 'dataset-version' })}
        />
        Every labeled row of a dataset version
      </label>
      {picking && (
        <div className="eval-source-pick">
          <div className="field">
            <label className="field-label" htmlFor="eval-dataset">
              Dataset
            </label>
            <select
              id="eval-dataset"
              className="input"
              value={form.datasetId}
              onChange={(e) => {
                const next = datasets?.find((d) => d.id === e.target.value);
                updateForm({
                  datasetId: e.target.value,
                  datasetVersionId: newestVersionId(next?.versions ?? []),
                });
              }}
            >
              <option value="">{datasets === null ? 'Loading…' : 'Choose a dataset'}</option>
              {datasets?.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="eval-dataset-version">
              Dataset version
            </label>
            <select
              id="eval-dataset-version"
              className="input"
              value={form.datasetVersionId}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'eval-dataset-version-error' : undefined}
              disabled={!dataset}
              onChange={(e) => updateForm({ datasetVersionId: e.target.value })}
            >
              <option value="">Choose a version</option>
              {[...(dataset?.versions ?? [])]
                .sort((a, b) => b.number - a.number)
                .map((v) => (
                  <option key={v.id} value={v.id}>
                    v{v.number} · {v.rows.toLocaleString('en-US')} rows{v.note ? ` · ${v.note}` : ''}
                  </option>
                ))}
            </select>
          </div>
          {error && (
            <p id="eval-dataset-version-error" className="error-text eval-field-error">
              {error}
            </p>
          )}
          {datasetsError && (
            <p className="error-text eval-field-error" role="alert">
              Could not list the datasets: {datasetsError}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
