import { useAppStore } from '../../../store/app-store';
import { formatCount } from '../../data/lib/format';
import { openVersion } from '../../data/state/data-actions';
import { useDataStore } from '../../data/state/data-store';
import { useTrainStore } from '../state/train-store';

/** What the chosen version trains on (target, task, split), or what to do in the Data step first. */
export function VersionSummary() {
  const versionId = useTrainStore((s) => s.versionId);
  const version = useTrainStore((s) => (s.versionId ? s.versions[s.versionId] : undefined));
  const defaultsError = useTrainStore((s) => s.defaultsError);
  const selectStep = useAppStore((s) => s.selectStep);
  if (!versionId) return null;
  const goToData = () => {
    useDataStore.getState().setView('columns');
    void openVersion(versionId);
    selectStep('data');
  };
  if (!version) {
    return defaultsError ? (
      <p className="error-text" role="alert">
        {defaultsError}
      </p>
    ) : (
      <p className="muted">Reading the version…</p>
    );
  }
  if (!version.target) {
    return (
      <div className="version-hint" data-testid="no-target">
        <p>
          This version has no target column yet. Set the target (and, if you like, a split) in the Data step,
          then come back to train.
        </p>
        <button type="button" className="button button-small button-primary" onClick={goToData}>
          Set the target in Data
        </button>
      </div>
    );
  }
  const split = version.split?.counts;
  return (
    <div className="version-facts" data-testid="version-facts">
      <span>
        target <strong>{version.target}</strong> ({version.task})
      </span>
      <span>
        {split
          ? `split ${formatCount(split.train)} / ${formatCount(split.validation)} / ${formatCount(split.test)}`
          : 'no saved split: a seeded 70 / 15 / 15 split is used'}
      </span>
      <span>
        {formatCount(version.rows)} rows · {version.columns.filter((c) => c.role === 'feature').length}{' '}
        features
      </span>
      {defaultsError && (
        <p className="error-text" role="alert">
          {defaultsError}
        </p>
      )}
    </div>
  );
}
