import { useMemo } from 'react';
import { sortRuns } from '../lib/sort-runs';
import { useVersionLabel } from '../run/use-version-label';
import { selectRun, toggleCompare } from '../state/run-actions';
import { setTrain, useTrainStore } from '../state/train-store';
import { RunRow } from './RunRow';
import { SortHeader } from './SortHeader';

/** Every run, sortable by any column, with checkboxes to compare some. */
export function RunsTable() {
  const runs = useTrainStore((s) => s.runs);
  const showTrials = useTrainStore((s) => s.showTrials);
  const sort = useTrainStore((s) => s.sort);
  const selected = useTrainStore((s) => s.selectedRunId);
  const compareIds = useTrainStore((s) => s.compareIds);
  const versionLabel = useVersionLabel();
  const trials = runs.filter((r) => r.kind === 'trial').length;
  const shown = useMemo(
    () =>
      sortRuns(
        runs.filter((r) => showTrials || r.kind === 'train' || compareIds.includes(r.id)),
        sort,
        versionLabel,
      ),
    [runs, showTrials, sort, versionLabel, compareIds],
  );
  const onSort = (next: typeof sort) => setTrain({ sort: next });
  return (
    <section className="runs-section" aria-labelledby="runs-title">
      <div className="section-head">
        <h3 id="runs-title" className="section-title">
          Runs
        </h3>
        <div className="button-row">
          {trials > 0 && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={showTrials}
                onChange={(e) => setTrain({ showTrials: e.target.checked })}
              />
              Show tuning trials ({trials})
            </label>
          )}
          {compareIds.length > 0 && (
            <button
              type="button"
              className="button button-small"
              onClick={() => setTrain({ compareIds: [] })}
            >
              Clear comparison
            </button>
          )}
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="muted">No runs yet. Start one above; it shows here with its metrics.</p>
      ) : (
        <div className="table-scroll">
          <table className="mini-table runs-table" data-testid="runs-table">
            <caption className="visually-hidden">
              Runs; tick two or more to compare them, choose a run id to watch it.
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Compare</span>
                </th>
                <th scope="col">Run</th>
                <SortHeader column="status" sort={sort} onSort={onSort} />
                <SortHeader column="template" sort={sort} onSort={onSort} />
                <SortHeader column="version" sort={sort} onSort={onSort} />
                <SortHeader column="epochs" sort={sort} onSort={onSort} numeric />
                <SortHeader column="valMetric" sort={sort} onSort={onSort} numeric />
                <SortHeader column="testMetric" sort={sort} onSort={onSort} numeric />
                <SortHeader column="valLoss" sort={sort} onSort={onSort} numeric />
                <SortHeader column="created" sort={sort} onSort={onSort} />
                <SortHeader column="duration" sort={sort} onSort={onSort} numeric />
                <SortHeader column="model" sort={sort} onSort={onSort} />
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <RunRow
                  key={r.id}
                  run={r}
                  selected={r.id === selected}
                  compared={compareIds.includes(r.id)}
                  versionLabel={versionLabel(r.versionId)}
                  onOpen={() => void selectRun(r.id)}
                  onCompare={() => toggleCompare(r.id)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
