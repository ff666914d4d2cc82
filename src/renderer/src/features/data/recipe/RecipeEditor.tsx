import { useMemo, useState } from 'react';
import type { VersionRecord } from '../../../../../shared/data';
import { Field } from '../components/Field';
import { JobProgress } from '../components/JobProgress';
import { RECIPE_OPS, type RecipeOp } from '../lib/column-types';
import { parseStepError } from '../lib/step-error';
import { applyRecipe } from '../state/data-actions';
import { useDataStore } from '../state/data-store';
import type { ColumnInfo } from './forms/form-types';
import { RecipeJson } from './RecipeJson';
import { addSteps, moveStep, removeStep, replaceStep } from './recipe-draft';
import { columnsBefore, defaultStep, OP_LABEL, stepSummary } from './recipe-steps';
import { StepCard } from './StepCard';

/** The recipe editor: ordered cleaning steps with a form each; Apply makes a new version. */
export function RecipeEditor({ version }: { version: VersionRecord }) {
  const draft = useDataStore((s) => s.draft);
  const setDraft = useDataStore((s) => s.setDraft);
  const [op, setOp] = useState<RecipeOp>('impute');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<{ step: number | null; message: string } | null>(null);

  const schema = useMemo(() => version.columns.map((c) => c.name), [version.columns]);
  const types = useMemo(() => new Map(version.columns.map((c) => [c.name, c.type])), [version.columns]);
  const steps = draft.map((d) => d.step);
  const columnsAt = (index: number): ColumnInfo[] =>
    columnsBefore(schema, steps, index).map((name) => ({ name, type: types.get(name) ?? 'categorical' }));

  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const add = () => {
    const next = addSteps(draft, [
      defaultStep(
        op,
        columnsAt(draft.length).map((c) => c.name),
      ),
    ]);
    setDraft(next);
    setError(null);
    const added = next[next.length - 1];
    if (added) focusLater(`${added.key}-title`);
  };

  const apply = async () => {
    setBusy(true);
    setError(null);
    const text = note.trim() || steps.map(stepSummary).join('; ');
    const outcome = await applyRecipe(version.id, steps, text.slice(0, 500), setJobId);
    setBusy(false);
    setJobId(null);
    if (outcome.ok) {
      setDraft([]);
      setNote('');
    } else setError(parseStepError(outcome.error));
  };

  return (
    <div className="recipe-editor">
      <p className="muted">
        Steps apply in order to v{version.number}; applying stores the result as a new version and keeps this
        one.
      </p>
      {draft.length === 0 ? (
        <p className="empty-note recipe-empty">
          No steps yet. Add one below, or use <strong>Add to recipe</strong> on a finding in Quality.
        </p>
      ) : (
        <ol className="recipe-steps" aria-label="Recipe steps">
          {draft.map((d, i) => (
            <StepCard
              key={d.key}
              index={i}
              count={draft.length}
              stepKey={d.key}
              step={d.step}
              columns={columnsAt(i)}
              error={error?.step === i + 1 ? error.message : null}
              onChange={(step) => setDraft(replaceStep(draft, d.key, step))}
              onMove={(delta) => {
                setDraft(moveStep(draft, d.key, delta));
                focusLater(`${d.key}-${delta < 0 ? 'up' : 'down'}`);
              }}
              onRemove={() => setDraft(removeStep(draft, d.key))}
            />
          ))}
        </ol>
      )}
      <div className="recipe-add">
        <Field label="Step to add">
          {(id) => (
            <select id={id} className="input" value={op} onChange={(e) => setOp(e.target.value as RecipeOp)}>
              {RECIPE_OPS.map((o) => (
                <option key={o} value={o}>
                  {OP_LABEL[o]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" className="button" onClick={add}>
          Add step
        </button>
      </div>
      <div className="recipe-apply">
        <label className="field field-wide">
          <span className="field-label">Note for the new version</span>
          <input
            className="input"
            value={note}
            maxLength={500}
            placeholder="what these steps are for (optional)"
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={busy || draft.length === 0}
            onClick={() => void apply()}
          >
            {busy ? 'Applying…' : `Apply to v${version.number}`}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || draft.length === 0}
            onClick={() => setDraft([])}
          >
            Clear
          </button>
        </div>
      </div>
      <JobProgress jobId={jobId} />
      {error && error.step === null && (
        <p className="error-text" role="alert">
          {error.message}
        </p>
      )}
      {error && error.step !== null && error.step > draft.length && (
        <p className="error-text" role="alert">
          Step {error.step}: {error.message}
        </p>
      )}
      <RecipeJson />
    </div>
  );
}
