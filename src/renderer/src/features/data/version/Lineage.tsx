import type { DatasetRecord, VersionRecord } from '../../../../../shared/data';
import { stepSummary } from '../recipe/recipe-steps';
import { openVersion } from '../state/data-actions';

/** Where the open version came from: its parent and the recipe steps that made it. */
export function Lineage({ version, dataset }: { version: VersionRecord; dataset: DatasetRecord }) {
  const parent = version.parentId ? dataset.versions.find((v) => v.id === version.parentId) : undefined;
  if (!version.parentId) {
    return (
      <p className="lineage muted" data-testid="lineage">
        v{version.number} was imported from{' '}
        <span className="mono">{dataset.source.path.split(/[\\/]/).pop()}</span>.
      </p>
    );
  }
  return (
    <div className="lineage" data-testid="lineage">
      <p>
        v{version.number} was made from{' '}
        {parent ? (
          <button
            type="button"
            className="link-button"
            onClick={() => void openVersion(parent.id, dataset.id)}
          >
            v{parent.number}
          </button>
        ) : (
          'a deleted version'
        )}{' '}
        by {version.recipe?.length ?? 0} step{version.recipe?.length === 1 ? '' : 's'}:
      </p>
      <ol className="lineage-steps">
        {(version.recipe ?? []).map((step, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a stored recipe never reorders
          <li key={i}>{stepSummary(step)}</li>
        ))}
      </ol>
    </div>
  );
}
