import { useEffect, useState } from 'react';
import type { TaskType, VersionRecord } from '../../../../../shared/data';
import { Field } from '../components/Field';
import { TASK_TYPES } from '../lib/column-types';
import { configureVersion } from '../state/data-actions';

/** Pick the target column and the task (the engine checks the pair and infers the task if left). */
export function TargetSettings({ version }: { version: VersionRecord }) {
  const [target, setTarget] = useState(version.target ?? '');
  const [task, setTask] = useState<TaskType | ''>(version.task ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    setTarget(version.target ?? '');
    setTask(version.task ?? '');
  }, [version.target, version.task]);
  const changed = target !== (version.target ?? '') || task !== (version.task ?? '');

  const save = async () => {
    setBusy(true);
    setMessage(null);
    const outcome = await configureVersion(version.id, {
      target: target || null,
      task: target ? (task ? task : null) : null,
    });
    setBusy(false);
    setMessage(
      outcome.ok
        ? {
            ok: true,
            text: outcome.value.target
              ? `Target: ${outcome.value.target} (${outcome.value.task}).`
              : 'No target.',
          }
        : { ok: false, text: outcome.error },
    );
  };

  return (
    <form
      className="target-settings"
      aria-label="Target and task"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label="Target column">
        {(id) => (
          <select id={id} className="input" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">(none)</option>
            {version.columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Task">
        {(id) => (
          <select
            id={id}
            className="input"
            value={task}
            disabled={!target}
            onChange={(e) => setTask(e.target.value as TaskType | '')}
          >
            <option value="">Infer from the target</option>
            {TASK_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button-small" disabled={busy || !changed}>
        Save target
      </button>
      {message && (
        <p className={message.ok ? 'success-text' : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
