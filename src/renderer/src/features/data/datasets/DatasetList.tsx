import { formatCount, formatWhen } from '../lib/format';
import { openDataset } from '../state/data-actions';
import { useDataStore } from '../state/data-store';

/** Every dataset: name, versions, rows of the newest; choosing one opens its newest version. */
export function DatasetList() {
  const datasets = useDataStore((s) => s.datasets);
  const selected = useDataStore((s) => s.datasetId);
  const importOpen = useDataStore((s) => s.importOpen);
  const setImportOpen = useDataStore((s) => s.setImportOpen);
  return (
    <section className="dataset-list" aria-labelledby="datasets-title">
      <div className="section-head">
        <h3 id="datasets-title" className="section-title">
          Datasets
        </h3>
        {!importOpen && (
          <button type="button" className="button button-small" onClick={() => setImportOpen(true)}>
            Import data…
          </button>
        )}
      </div>
      <ul className="dataset-items">
        {datasets.map((d) => {
          const newest = d.versions.reduce<(typeof d.versions)[number] | undefined>(
            (a, v) => (!a || v.number > a.number ? v : a),
            undefined,
          );
          return (
            <li key={d.id}>
              <button
                type="button"
                className="dataset-item"
                aria-current={d.id === selected ? 'true' : undefined}
                onClick={() => void openDataset(d.id)}
              >
                <span className="dataset-name">{d.name}</span>
                <span className="muted dataset-meta">
                  {d.versions.length} version{d.versions.length === 1 ? '' : 's'}
                  {newest ? ` · ${formatCount(newest.rows)} rows` : ''} · {d.source.format.toUpperCase()} ·{' '}
                  {formatWhen(d.createdAt)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
