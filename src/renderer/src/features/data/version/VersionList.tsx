import type { DatasetRecord } from '../../../../../shared/data';
import { formatCount, formatWhen } from '../lib/format';
import { openVersion } from '../state/data-actions';
import { useDataStore } from '../state/data-store';

/** The dataset's versions, oldest first: number, rows, note, when; choosing one opens it. */
export function VersionList({ dataset }: { dataset: DatasetRecord }) {
  const current = useDataStore((s) => s.versionId);
  const versions = [...dataset.versions].sort((a, b) => a.number - b.number);
  return (
    <ol className="version-list" aria-label="Versions">
      {versions.map((v) => (
        <li key={v.id}>
          <button
            type="button"
            className="version-chip"
            aria-current={v.id === current ? 'true' : undefined}
            data-testid={`version-${v.number}`}
            onClick={() => void openVersion(v.id, dataset.id)}
          >
            <span className="version-chip-number">v{v.number}</span>
            <span className="version-chip-rows">{formatCount(v.rows)} rows</span>
            <span className="version-chip-note" title={v.note}>
              {v.note || '—'}
            </span>
            <time className="muted version-chip-time" dateTime={v.createdAt}>
              {formatWhen(v.createdAt)}
            </time>
          </button>
        </li>
      ))}
    </ol>
  );
}
