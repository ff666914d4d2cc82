import { type FormEvent, useState } from 'react';
import type { DatasetRecord, VersionRecord } from '../../../../../shared/data';
import { formatBytes } from '../../../lib/job-result';
import { useAppStore } from '../../../store/app-store';
import { JobProgress } from '../components/JobProgress';
import { formatCount } from '../lib/format';
import { exportVersion } from '../state/data-actions';

/** A default file for the export: in the workspace folder, named for the dataset and version. */
export function defaultExportPath(workspaceDir: string, dataset: string, version: number): string {
  const sep = workspaceDir.includes('\\') && !workspaceDir.includes('/') ? '\\' : '/';
  const safe = dataset.replace(/[^\w.-]+/g, '_') || 'dataset';
  return `${workspaceDir.replace(/[\\/]+$/, '')}${sep}${safe}-v${version}.csv`;
}

/**
 * Export the open version to a CSV file on this machine. The engine writes it (in browser mode
 * too: the server runs on this machine), so the form asks for a path and shows where it went.
 */
export function ExportPanel({
  dataset,
  version,
  onClose,
}: {
  dataset: DatasetRecord;
  version: VersionRecord;
  onClose: () => void;
}) {
  const workspaceDir = useAppStore((s) => s.info?.workspaceDir ?? '');
  const [path, setPath] = useState(() => defaultExportPath(workspaceDir, dataset.name, version.number));
  const [includeLabels, setIncludeLabels] = useState(true);
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRunning(true);
    setMessage(null);
    const outcome = await exportVersion(version.id, path.trim(), includeLabels, setJobId);
    setRunning(false);
    setJobId(null);
    setMessage(
      outcome.ok
        ? {
            ok: true,
            text: `Wrote ${formatCount(outcome.value.rows)} rows (${formatBytes(outcome.value.bytes)}) to ${outcome.value.path}${
              outcome.value.labeled ? `, with ${formatCount(outcome.value.labeled)} labels` : ''
            }.`,
          }
        : { ok: false, text: outcome.error },
    );
  };

  return (
    <form className="inline-panel" aria-label="Export to CSV" onSubmit={(e) => void submit(e)}>
      <label className="field field-wide">
        <span className="field-label">Write v{version.number} as CSV to</span>
        <input className="input mono" value={path} onChange={(e) => setPath(e.target.value)} required />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={includeLabels} onChange={(e) => setIncludeLabels(e.target.checked)} />
        Add the rows’ labels as a column <code>label</code>
      </label>
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary button-small"
          disabled={running || !path.trim()}
        >
          {running ? 'Exporting…' : 'Export'}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </div>
      <JobProgress jobId={jobId} />
      {message && (
        <p className={message.ok ? 'success-text' : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
