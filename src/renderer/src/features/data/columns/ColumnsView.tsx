import { useState } from 'react';
import type { ColumnType, VersionRecord } from '../../../../../shared/data';
import { JobProgress } from '../components/JobProgress';
import { TypeBadge } from '../components/TypeBadge';
import { COLUMN_TYPES } from '../lib/column-types';
import { formatCount, formatPercent } from '../lib/format';
import { applyRecipe, configureVersion } from '../state/data-actions';
import { TargetSettings } from './TargetSettings';

/**
 * The version's schema: each column's type (changing one makes a new version through a `cast`
 * step), what inference chose, missing values, and whether it is learned from.
 */
export function ColumnsView({ version }: { version: VersionRecord }) {
  const [casts, setCasts] = useState<Record<string, ColumnType>>({});
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pending = Object.entries(casts).filter(
    ([name, to]) => version.columns.find((c) => c.name === name)?.type !== to,
  );

  const applyCasts = async () => {
    setBusy(true);
    setError(null);
    const recipe = pending.map(([column, to]) => ({ op: 'cast' as const, column, to }));
    const note = `cast ${pending.map(([c, t]) => `${c} to ${t}`).join(', ')}`;
    const outcome = await applyRecipe(version.id, recipe, note, setJobId);
    setBusy(false);
    setJobId(null);
    if (outcome.ok) setCasts({});
    else setError(outcome.error);
  };

  const setExcluded = async (column: string, excluded: boolean) => {
    setError(null);
    const outcome = await configureVersion(version.id, {
      roles: { [column]: excluded ? 'excluded' : 'feature' },
    });
    if (!outcome.ok) setError(outcome.error);
  };

  return (
    <div className="columns-view">
      <TargetSettings version={version} />
      <table className="schema-table">
        <caption className="visually-hidden">Columns of version {version.number}</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Type</th>
            <th scope="col">Inferred</th>
            <th scope="col">Missing</th>
            <th scope="col">Learn from it</th>
          </tr>
        </thead>
        <tbody>
          {version.columns.map((c) => {
            const offenders = c.evidence?.offenders ?? [];
            return (
              <tr key={c.name} data-column={c.name}>
                <th scope="row">
                  {c.name}{' '}
                  {c.role === 'target' && (
                    <span className="pill" data-tone="info">
                      target
                    </span>
                  )}
                </th>
                <td>
                  <select
                    className="input input-compact"
                    aria-label={`Type of ${c.name}`}
                    value={casts[c.name] ?? c.type}
                    onChange={(e) => setCasts({ ...casts, [c.name]: e.target.value as ColumnType })}
                  >
                    {COLUMN_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {t}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <TypeBadge type={c.inferredType} />
                  {offenders.length > 0 && (
                    <span
                      className="muted evidence"
                      title={offenders.map((o) => `row ${o.row}: ${o.value}`).join('\n')}
                    >
                      {' '}
                      {offenders.length} value{offenders.length === 1 ? '' : 's'} did not fit
                    </span>
                  )}
                </td>
                <td className="num">
                  {formatCount(c.missing)}{' '}
                  <span className="muted">({formatPercent(c.missing, version.rows)})</span>
                </td>
                <td>
                  {c.role === 'target' ? (
                    <span className="muted">target</span>
                  ) : (
                    <input
                      type="checkbox"
                      aria-label={`Learn from ${c.name}`}
                      checked={c.role !== 'excluded'}
                      onChange={(e) => void setExcluded(c.name, !e.target.checked)}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {pending.length > 0 && (
        <div className="pending-bar" role="status">
          <span>
            {pending.length} type change{pending.length === 1 ? '' : 's'}:{' '}
            {pending.map(([c, t]) => `${c} → ${t}`).join(', ')}. Applying makes a new version.
          </span>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary button-small"
              disabled={busy}
              onClick={() => void applyCasts()}
            >
              Apply type changes
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => setCasts({})}
            >
              Discard
            </button>
          </div>
        </div>
      )}
      <JobProgress jobId={jobId} />
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
