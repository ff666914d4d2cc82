import type { TemplateId } from '../../../../../shared/train';
import type { DimensionDraft, DimensionType } from '../lib/space-draft';
import { typesFor, withPath } from '../lib/space-draft';
import { tunablePath, tunablePathsFor } from '../lib/tunable-paths';

/** One dimension of the search space: the parameter, its type, a range (log or not) or choices. */
export function DimensionRow({
  index,
  dim,
  template,
  error,
  onChange,
  onRemove,
}: {
  index: number;
  dim: DimensionDraft;
  template: TemplateId;
  error?: string | undefined;
  onChange: (next: DimensionDraft) => void;
  onRemove: () => void;
}) {
  const kind = tunablePath(dim.path)?.kind ?? 'float';
  const n = index + 1;
  const errorId = `dim-error-${dim.key}`;
  const describedBy = error ? errorId : undefined;
  return (
    <tr data-testid="dimension-row" data-path={dim.path} data-invalid={error ? 'true' : undefined}>
      <td>
        <select
          className="input input-compact"
          aria-label={`Dimension ${n} parameter`}
          value={dim.path}
          aria-describedby={describedBy}
          onChange={(e) => onChange(withPath(dim, e.target.value))}
        >
          {tunablePathsFor(template).map((t) => (
            <option key={t.path} value={t.path}>
              {t.path}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          className="input input-compact"
          aria-label={`Dimension ${n} type`}
          value={dim.type}
          onChange={(e) => onChange({ ...dim, type: e.target.value as DimensionType })}
        >
          {typesFor(kind).map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </td>
      {dim.type === 'choice' ? (
        <td colSpan={3}>
          <input
            className="input input-compact input-choices"
            aria-label={`Dimension ${n} choices`}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            placeholder="comma separated, e.g. 128, 256"
            value={dim.values}
            onChange={(e) => onChange({ ...dim, values: e.target.value })}
          />
        </td>
      ) : (
        <>
          <td>
            <input
              className="input input-compact input-bound"
              aria-label={`Dimension ${n} min`}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              inputMode="decimal"
              value={dim.min}
              onChange={(e) => onChange({ ...dim, min: e.target.value })}
            />
          </td>
          <td>
            <input
              className="input input-compact input-bound"
              aria-label={`Dimension ${n} max`}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              inputMode="decimal"
              value={dim.max}
              onChange={(e) => onChange({ ...dim, max: e.target.value })}
            />
          </td>
          <td>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={dim.log}
                onChange={(e) => onChange({ ...dim, log: e.target.checked })}
              />
              log<span className="visually-hidden"> scale for dimension {n}</span>
            </label>
          </td>
        </>
      )}
      <td>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove dimension ${n} (${dim.path})`}
          onClick={onRemove}
        >
          ×
        </button>
        {error && (
          <span id={errorId} className="error-text dimension-error" role="alert">
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}
