import { useState } from 'react';
import type { LabelSet, VersionRecord } from '../../../../../shared/data';
import { call, errorMessage } from '../../../transport/client';
import { Field } from '../components/Field';
import { formatCount } from '../lib/format';

/** Accept a column's values as labels for every row, as one annotator (by default `import:<column>`). */
export function BulkImportLabels({
  version,
  set,
  annotator,
  onImported,
}: {
  version: VersionRecord;
  set: LabelSet;
  annotator: string;
  onImported: () => void;
}) {
  const usable = version.columns.filter((c) => c.type !== 'float' && c.type !== 'datetime');
  const [column, setColumn] = useState(
    usable.some((c) => c.name === set.column) ? set.column : (usable[0]?.name ?? ''),
  );
  const [asMe, setAsMe] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const res = await call('labels.importColumn', {
        versionId: version.id,
        column,
        ...(asMe && annotator ? { annotator } : {}),
      });
      setMessage({
        ok: true,
        text: `Accepted ${formatCount(res.imported)} labels from ${column} as “${res.annotator}”${
          res.skippedMissing ? `; ${formatCount(res.skippedMissing)} rows had no value` : ''
        }.`,
      });
      onImported();
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="bulk-labels" aria-labelledby="bulk-labels-title">
      <h4 id="bulk-labels-title" className="section-title">
        Bulk accept labels from a column
      </h4>
      <div className="bulk-labels-row">
        <Field label="Column">
          {(id) => (
            <select id={id} className="input" value={column} onChange={(e) => setColumn(e.target.value)}>
              {usable.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={asMe}
            disabled={!annotator}
            onChange={(e) => setAsMe(e.target.checked)}
          />
          As {annotator || 'me'} (otherwise as “import:{column}”)
        </label>
        <button type="button" className="button" disabled={busy || !column} onClick={() => void run()}>
          Accept labels from {column}
        </button>
      </div>
      {message && (
        <p className={message.ok ? 'success-text' : 'error-text'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
