import { useState } from 'react';
import type { QualityFinding, VersionRecord } from '../../../../../shared/data';
import { JobProgress } from '../components/JobProgress';
import { applyRecipe } from '../state/data-actions';
import { useDataStore } from '../state/data-store';
import { checkLabel } from './check-labels';

/** One finding: what, the numbers behind it, and its fix (apply now, or add to the recipe draft). */
export function FindingCard({ finding: f, version }: { finding: QualityFinding; version: VersionRecord }) {
  const appendToDraft = useDataStore((s) => s.appendToDraft);
  const setView = useDataStore((s) => s.setView);
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const fix = async () => {
    if (!f.fix) return;
    setBusy(true);
    setMessage(null);
    const outcome = await applyRecipe(version.id, f.fix, `fix: ${f.title}`, setJobId);
    setBusy(false);
    setJobId(null);
    if (!outcome.ok) setMessage({ ok: false, text: outcome.error });
  };

  const add = () => {
    if (!f.fix) return;
    appendToDraft(f.fix);
    setMessage({
      ok: true,
      text: `Added ${f.fix.length} step${f.fix.length === 1 ? '' : 's'} to the recipe.`,
    });
  };

  const titleId = `finding-${f.id}`;
  return (
    <li
      className="finding"
      data-check={f.check}
      data-severity={f.severity}
      aria-labelledby={titleId}
      data-testid="finding"
    >
      <div className="finding-head">
        <span className="pill" data-tone={f.severity === 'error' ? 'failed' : f.severity}>
          {f.severity}
        </span>
        <h5 id={titleId} className="finding-title">
          {f.title}
        </h5>
        <span className="muted finding-check">{checkLabel(f.check)}</span>
      </div>
      <p className="finding-evidence">{f.evidence}</p>
      {f.columns.length > 0 && (
        <p className="muted finding-columns">
          Column{f.columns.length === 1 ? '' : 's'}: {f.columns.join(', ')}
        </p>
      )}
      {f.fix ? (
        <div className="button-row">
          <button
            type="button"
            className="button button-primary button-small"
            disabled={busy}
            onClick={() => void fix()}
          >
            {f.fixLabel ?? 'Fix'}
          </button>
          <button type="button" className="button button-small" disabled={busy} onClick={add}>
            Add to recipe
          </button>
          {message?.ok && (
            <button type="button" className="link-button" onClick={() => setView('recipe')}>
              Open the recipe
            </button>
          )}
        </div>
      ) : (
        <p className="muted finding-nofix">No automatic fix: this one needs a person to decide.</p>
      )}
      <JobProgress jobId={jobId} />
      {message && (
        <p className={message.ok ? 'success-text' : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </li>
  );
}
