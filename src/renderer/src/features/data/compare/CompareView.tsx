import { useState } from 'react';
import type { VersionComparison, VersionRecord } from '../../../../../shared/data';
import { call, errorMessage } from '../../../transport/client';
import { Field } from '../components/Field';
import { formatCount } from '../lib/format';
import { useDataStore } from '../state/data-store';
import { ComparisonTable } from './ComparisonTable';

const NONE: { id: string; number: number; rows: number; createdAt: string; note: string }[] = [];

/** Compare two versions of the open dataset: rows, columns added or removed, types, per-column deltas. */
export function CompareView({ version }: { version: VersionRecord }) {
  const versions = useDataStore((s) => s.datasets.find((d) => d.id === version.datasetId)?.versions) ?? NONE;
  const sorted = [...versions].sort((a, b) => a.number - b.number);
  const [a, setA] = useState(version.parentId ?? sorted[0]?.id ?? version.id);
  const [b, setB] = useState(version.id);
  const [result, setResult] = useState<VersionComparison | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const numberOf = (id: string) => versions.find((v) => v.id === id)?.number ?? '?';

  const compare = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await call('data.compare', { a, b }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  if (versions.length < 2)
    return <p className="muted">This dataset has one version; apply a recipe to make another.</p>;
  const select = (label: string, value: string, onChange: (v: string) => void) => (
    <Field label={label}>
      {(id) => (
        <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
          {sorted.map((v) => (
            <option key={v.id} value={v.id}>
              v{v.number} · {formatCount(v.rows)} rows
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <div className="compare-view">
      <div className="compare-bar">
        {select('From', a, setA)}
        {select('To', b, setB)}
        <button
          type="button"
          className="button button-primary"
          disabled={busy || a === b}
          onClick={() => void compare()}
        >
          {busy ? 'Comparing…' : 'Compare'}
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {result && (
        <section
          className="comparison"
          aria-label={`v${numberOf(result.a)} compared with v${numberOf(result.b)}`}
        >
          <p data-testid="compare-rows">
            Rows: {formatCount(result.rows.a)} → {formatCount(result.rows.b)}{' '}
            <span className="muted">
              ({result.rows.b - result.rows.a >= 0 ? '+' : '−'}
              {formatCount(Math.abs(result.rows.b - result.rows.a))})
            </span>
          </p>
          {result.addedColumns.length > 0 && <p>Added columns: {result.addedColumns.join(', ')}</p>}
          {result.removedColumns.length > 0 && <p>Removed columns: {result.removedColumns.join(', ')}</p>}
          {result.typeChanges.length > 0 && (
            <p>Type changes: {result.typeChanges.map((t) => `${t.column} ${t.from} → ${t.to}`).join(', ')}</p>
          )}
          {result.addedColumns.length + result.removedColumns.length + result.typeChanges.length === 0 && (
            <p className="muted">Same columns and types.</p>
          )}
          <ComparisonTable deltas={result.profileDeltas} />
        </section>
      )}
    </div>
  );
}
