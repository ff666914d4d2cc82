import { useState } from 'react';
import type { LabelSet, VersionRecord } from '../../../../../shared/data';
import { call, errorMessage } from '../../../transport/client';
import { LoadState } from '../components/LoadState';
import { useLoader } from '../components/use-loader';
import { cellText } from '../lib/format';

const SHOWN = 20;

/** Rows whose annotators disagree, with each one's label; a reviewer settles a row with one click. */
export function DisagreementsView({
  version,
  set,
  reviewer,
  refreshKey,
  onResolved,
}: {
  version: VersionRecord;
  set: LabelSet;
  reviewer: string;
  refreshKey: string;
  onResolved: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [epoch, setEpoch] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loaded, retry] = useLoader(`${version.id}:${refreshKey}:${epoch}:${open}`, () =>
    open ? call('labels.disagreements', { versionId: version.id, limit: SHOWN }) : Promise.resolve([]),
  );

  const resolve = async (rowId: number, label: string) => {
    setError(null);
    try {
      await call('labels.resolve', { versionId: version.id, rowId, label, reviewer });
      setEpoch((e) => e + 1);
      onResolved();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const preview = version.columns.filter((c) => c.name !== set.column).slice(0, 4);
  return (
    <section className="disagreements" aria-labelledby="disagreements-title">
      <div className="section-head">
        <h4 id="disagreements-title" className="section-title">
          Disagreements
        </h4>
        <button
          type="button"
          className="button button-small"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide' : 'Review disagreements'}
        </button>
      </div>
      {open && loaded.state !== 'ready' && (
        <LoadState loaded={loaded} what="Finding disagreements" retry={retry} />
      )}
      {open && loaded.state === 'ready' && loaded.value.length === 0 && (
        <p className="muted">No rows where annotators disagree.</p>
      )}
      {open && loaded.state === 'ready' && loaded.value.length > 0 && (
        <ul className="disagreement-list">
          {loaded.value.map((d) => (
            <li key={d.rowId} className="disagreement" data-row-id={d.rowId}>
              <p>
                <strong>Row {d.rowId}</strong>{' '}
                <span className="muted">
                  {preview.map((c) => `${c.name} ${cellText(d.values[c.name] ?? null) || '—'}`).join(' · ')}
                </span>
              </p>
              <p className="disagreement-labels">
                {d.labels.map((l) => (
                  <span key={`${l.annotator}:${l.at}`} className="class-chip">
                    {l.label} <span className="muted">by {l.annotator}</span>
                  </span>
                ))}
              </p>
              <div className="button-row">
                <span className="muted">Settle as:</span>
                {set.classes.map((c) => (
                  <button
                    key={c.name}
                    type="button"
                    className="button button-small"
                    disabled={!reviewer}
                    onClick={() => void resolve(d.rowId, c.name)}
                  >
                    {c.name}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
