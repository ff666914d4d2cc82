import { type FormEvent, useState } from 'react';
import type { PickedFile } from '../../../../../shared/bridge';
import type { SourceFormat, TaskType } from '../../../../../shared/data';
import { formatBytes } from '../../../lib/job-result';
import { Field } from '../components/Field';
import { JobProgress } from '../components/JobProgress';
import { TASK_TYPES } from '../lib/column-types';
import { importDataset } from '../state/data-actions';

const FORMATS = ['auto', 'csv', 'tsv', 'json', 'jsonl'] as const satisfies readonly ('auto' | SourceFormat)[];
const DELIMITERS: { value: string; label: string }[] = [
  { value: '', label: 'Detect' },
  { value: ',', label: 'Comma ,' },
  { value: ';', label: 'Semicolon ;' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe |' },
];

function baseName(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

/** Step two of an import: name, format, header, delimiter, optional target and task; then the job runs. */
export function ImportForm({ file, onBack }: { file: PickedFile; onBack: () => void }) {
  const [name, setName] = useState(baseName(file.name));
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('auto');
  const [header, setHeader] = useState<'auto' | 'yes' | 'no'>('auto');
  const [delimiter, setDelimiter] = useState('');
  const [target, setTarget] = useState('');
  const [task, setTask] = useState<TaskType | ''>('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textual = format === 'auto' || format === 'csv' || format === 'tsv';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setRunning(true);
    const outcome = await importDataset(
      {
        path: file.path,
        name: name.trim() || undefined,
        format,
        header,
        ...(delimiter && textual ? { delimiter } : {}),
        ...(target.trim() ? { target: target.trim() } : {}),
        ...(target.trim() && task ? { task } : {}),
      },
      setJobId,
    );
    setRunning(false);
    setJobId(null);
    if (!outcome.ok) setError(outcome.error);
  };

  return (
    <section className="card import-panel" aria-labelledby="import-form-title">
      <div className="card-header">
        <h3 id="import-form-title" className="card-title">
          Import {file.name}
        </h3>
        <span className="muted">{formatBytes(file.size)}</span>
      </div>
      <form className="form-grid" onSubmit={(e) => void submit(e)} aria-describedby="import-error">
        <label className="field">
          <span className="field-label">Dataset name</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        </label>
        <Field label="Format">
          {(id) => (
            <select
              id={id}
              className="input"
              value={format}
              onChange={(e) => setFormat(e.target.value as typeof format)}
            >
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f === 'auto' ? 'Detect from the file' : f.toUpperCase()}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Header row">
          {(id) => (
            <select
              id={id}
              className="input"
              value={header}
              disabled={!textual}
              onChange={(e) => setHeader(e.target.value as typeof header)}
            >
              <option value="auto">Detect</option>
              <option value="yes">First row is the header</option>
              <option value="no">No header (columns named column_1…)</option>
            </select>
          )}
        </Field>
        <Field label="Delimiter">
          {(id) => (
            <select
              id={id}
              className="input"
              value={delimiter}
              disabled={!textual}
              onChange={(e) => setDelimiter(e.target.value)}
            >
              {DELIMITERS.map((d) => (
                <option key={d.label} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="field">
          <span className="field-label">Target column (optional)</span>
          <input
            className="input"
            value={target}
            placeholder="e.g. income"
            onChange={(e) => setTarget(e.target.value)}
          />
        </label>
        <Field label="Task">
          {(id) => (
            <select
              id={id}
              className="input"
              value={task}
              disabled={!target.trim()}
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
        <p className="muted form-note">
          Column types are inferred; change any of them after the import in the Columns view.
        </p>
        <div className="button-row form-actions">
          <button type="submit" className="button button-primary" disabled={running}>
            {running ? 'Importing…' : 'Import'}
          </button>
          <button type="button" className="button" disabled={running} onClick={onBack}>
            Choose another file
          </button>
        </div>
      </form>
      <JobProgress jobId={jobId} />
      <div id="import-error">
        {error && (
          <p className="error-text form-error" role="alert" data-testid="import-error">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
