import { useEffect, useState } from 'react';
import type { LabelClass, LabelSet, VersionRecord } from '../../../../../shared/data';
import { call, errorMessage } from '../../../transport/client';
import { Field } from '../components/Field';
import { loadProfile } from '../state/analysis-cache';
import { labelSetProblems, newClass, suggestClasses } from './label-keys';

/** The values of a column to suggest as classes: its most frequent categories, from the profile. */
async function valuesOf(versionId: string, column: string): Promise<string[]> {
  const profile = await loadProfile(versionId);
  if (profile.target?.name === column && profile.target.distribution.length <= 20)
    return profile.target.distribution.map((d) => d.value);
  return profile.columns.find((c) => c.name === column)?.categories?.top.map((t) => t.value) ?? [];
}

/**
 * Create or change the dataset's label set: the column the labels provide, and classes with a
 * name, a colour and a one-key shortcut. With none yet, classes are suggested from the target.
 */
export function LabelSetEditor({
  version,
  set,
  onSaved,
  onCancel,
}: {
  version: VersionRecord;
  set: LabelSet | null;
  onSaved: (set: LabelSet) => void;
  onCancel?: () => void;
}) {
  const [column, setColumn] = useState(set?.column ?? version.target ?? version.columns[0]?.name ?? '');
  const [classes, setClasses] = useState<LabelClass[]>(set?.classes ?? []);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problems = labelSetProblems(classes);

  const suggest = async (from: string) => {
    setNote(`Reading the values of ${from}…`);
    try {
      const values = await valuesOf(version.id, from);
      if (values.length === 0) setNote(`${from} has no categories to suggest; add the classes yourself.`);
      else {
        setClasses(suggestClasses(values));
        setNote(`Suggested from the values of ${from}${values.length > 9 ? ' (the 9 most frequent)' : ''}.`);
      }
    } catch (err) {
      setNote(`Could not suggest classes: ${errorMessage(err)}`);
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: suggest once, when there is no label set yet
  useEffect(() => {
    if (!set && version.target) void suggest(version.target);
  }, []);

  const update = (i: number, patch: Partial<LabelClass>) =>
    setClasses(classes.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('labels.setSet', { set: { datasetId: version.datasetId, column, classes } }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="label-set-editor" aria-labelledby="label-set-title">
      <h4 id="label-set-title" className="section-title">
        {set ? 'Edit the label set' : 'Create a label set'}
      </h4>
      <p className="muted">
        Labels give values to one column for chosen rows. Each class gets a key: press it to label the row on
        screen. S and Z are kept for skip and undo.
      </p>
      <div className="label-set-column">
        <Field label="Column the labels provide">
          {(id) => (
            <select id={id} className="input" value={column} onChange={(e) => setColumn(e.target.value)}>
              {version.columns.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" className="button button-small" onClick={() => void suggest(column)}>
          Suggest classes from {column}
        </button>
      </div>
      {note && (
        <p className="muted" role="status">
          {note}
        </p>
      )}
      <ol className="class-rows" aria-label="Classes">
        {classes.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: classes are edited in place; their names change as typed
          <li key={i} className="class-row">
            <label className="field">
              <span className="field-label">Class {i + 1} name</span>
              <input
                className="input"
                value={c.name}
                maxLength={100}
                onChange={(e) => update(i, { name: e.target.value })}
              />
            </label>
            <label className="field field-narrow">
              <span className="field-label">Key</span>
              <input
                className="input input-key"
                value={c.shortcut}
                maxLength={1}
                onChange={(e) => update(i, { shortcut: e.target.value.slice(-1) })}
              />
            </label>
            <label className="field field-narrow">
              <span className="field-label">Colour</span>
              <input
                type="color"
                className="input-color"
                value={c.color}
                onChange={(e) => update(i, { color: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={`Remove class ${i + 1}`}
              onClick={() => setClasses(classes.filter((_, j) => j !== i))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="button button-small"
          onClick={() => setClasses([...classes, newClass(classes.length)])}
        >
          Add class
        </button>
      </div>
      {problems.length > 0 && classes.length > 0 && (
        <ul className="problems">
          {problems.map((p) => (
            <li key={p} className="error-text">
              {p}
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || problems.length > 0}
          onClick={() => void save()}
        >
          Save label set
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
