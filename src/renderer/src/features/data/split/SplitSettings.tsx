import { type FormEvent, useState } from 'react';
import type { SplitSpec, VersionRecord } from '../../../../../shared/data';
import { Field } from '../components/Field';
import { JobProgress } from '../components/JobProgress';
import { formatCount, formatPercent } from '../lib/format';
import { splitVersion } from '../state/data-actions';
import { formFromSpec, type SplitForm, specFromForm } from './split-form';

const METHODS: { id: SplitSpec['method']; label: string; help: string }[] = [
  { id: 'random', label: 'Random', help: 'rows shuffled with the seed' },
  { id: 'stratified', label: 'Stratified', help: 'each part keeps the target’s class shares' },
  { id: 'time', label: 'By time', help: 'the latest rows become the test part' },
];

/** How the version is split into train / validation / test, and the counts of the current split. */
export function SplitSettings({ version }: { version: VersionRecord }) {
  const classification = version.task === 'binary' || version.task === 'multiclass';
  const [form, setForm] = useState<SplitForm>(() =>
    formFromSpec(version.split?.spec ?? null, classification ? 'stratified' : 'random'),
  );
  const [busy, setBusy] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<SplitForm>) => setForm({ ...form, ...patch });
  const timeColumns = version.columns.filter(
    (c) => c.type === 'datetime' || c.type === 'integer' || c.type === 'float',
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = specFromForm(form);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await splitVersion(version.id, parsed.spec, setJobId);
    setBusy(false);
    setJobId(null);
    if (!outcome.ok) setError(outcome.error);
  };

  const counts = version.split?.counts;
  return (
    <div className="split-view">
      <form className="split-form" onSubmit={(e) => void submit(e)} aria-label="Split settings">
        <fieldset className="radio-group">
          <legend className="field-label">Method</legend>
          {METHODS.map((m) => (
            <label key={m.id} className="radio">
              <input
                type="radio"
                name="split-method"
                value={m.id}
                checked={form.method === m.id}
                disabled={m.id === 'stratified' && !classification}
                onChange={() => set({ method: m.id })}
              />
              <span>
                <strong>{m.label}</strong> <span className="muted">— {m.help}</span>
              </span>
            </label>
          ))}
          {!classification && (
            <p className="muted">Stratified needs a classification target (set it in Columns).</p>
          )}
        </fieldset>
        <div className="split-shares">
          {(['train', 'validation', 'test'] as const).map((part) => (
            <label key={part} className="field">
              <span className="field-label">{part[0]?.toUpperCase() + part.slice(1)} %</span>
              <input
                type="number"
                className="input"
                min={0}
                max={100}
                step={1}
                value={form[part]}
                onChange={(e) => set({ [part]: e.target.value })}
              />
            </label>
          ))}
          <label className="field">
            <span className="field-label">Seed</span>
            <input
              type="number"
              className="input"
              step={1}
              value={form.seed}
              onChange={(e) => set({ seed: e.target.value })}
            />
          </label>
          {form.method === 'time' && (
            <Field label="Time column">
              {(id) => (
                <select
                  id={id}
                  className="input"
                  value={form.timeColumn}
                  onChange={(e) => set({ timeColumn: e.target.value })}
                >
                  <option value="">(choose)</option>
                  {timeColumns.map((c) => (
                    <option key={c.name} value={c.name}>
                      {c.name} ({c.type})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Splitting…' : version.split ? 'Split again' : 'Split'}
          </button>
        </div>
        <JobProgress jobId={jobId} />
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
      </form>
      <section className="split-current" aria-labelledby="split-current-title">
        <h4 id="split-current-title" className="section-title">
          Current split
        </h4>
        {counts && version.split ? (
          <>
            <p className="muted">
              {version.split.spec.method}, seed {version.split.spec.seed}
              {version.split.spec.timeColumn ? `, ordered by ${version.split.spec.timeColumn}` : ''}
            </p>
            <dl className="split-counts" data-testid="split-counts">
              {(['train', 'validation', 'test'] as const).map((part) => (
                <div key={part} className="split-count" data-part={part}>
                  <dt>{part}</dt>
                  <dd>
                    <span data-testid={`split-${part}`}>{formatCount(counts[part])}</span>{' '}
                    <span className="muted">({formatPercent(counts[part], version.rows)})</span>
                  </dd>
                </div>
              ))}
            </dl>
          </>
        ) : (
          <p className="muted">Not split yet: training needs a split.</p>
        )}
      </section>
    </div>
  );
}
