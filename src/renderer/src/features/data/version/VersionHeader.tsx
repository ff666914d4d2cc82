import { useState } from 'react';
import { DeleteDataset } from '../datasets/DeleteDataset';
import { ExportPanel } from '../datasets/ExportPanel';
import { formatCount } from '../lib/format';
import { useDataStore } from '../state/data-store';
import { Lineage } from './Lineage';
import { VersionList } from './VersionList';

/** The open dataset's name and open version: size, target, split, lineage, and what to do with it. */
export function VersionHeader() {
  const dataset = useDataStore((s) => s.datasets.find((d) => d.id === s.datasetId));
  const version = useDataStore((s) => s.version);
  const [panel, setPanel] = useState<'export' | 'delete' | null>(null);
  if (!dataset) return null;
  return (
    <header className="version-header">
      <div className="version-title-row">
        <h3 className="version-title" data-testid="version-title">
          {dataset.name}
          {version && <span className="version-number"> · v{version.number}</span>}
        </h3>
        {version && (
          <p className="version-stats" data-testid="version-stats">
            <span data-testid="version-rows">{formatCount(version.rows)} rows</span>
            <span data-testid="version-columns">{version.columns.length} columns</span>
            <span>
              target {version.target ? <strong>{version.target}</strong> : <em>none</em>}
              {version.task ? ` (${version.task})` : ''}
            </span>
            {version.split && (
              <span>
                split {formatCount(version.split.counts.train)} /{' '}
                {formatCount(version.split.counts.validation)} / {formatCount(version.split.counts.test)}
              </span>
            )}
          </p>
        )}
        <div className="button-row version-actions">
          <button
            type="button"
            className="button button-small"
            aria-expanded={panel === 'export'}
            disabled={!version}
            onClick={() => setPanel(panel === 'export' ? null : 'export')}
          >
            Export CSV…
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            aria-expanded={panel === 'delete'}
            onClick={() => setPanel(panel === 'delete' ? null : 'delete')}
          >
            Delete dataset…
          </button>
        </div>
      </div>
      {panel === 'export' && version && (
        <ExportPanel dataset={dataset} version={version} onClose={() => setPanel(null)} />
      )}
      {panel === 'delete' && <DeleteDataset dataset={dataset} onClose={() => setPanel(null)} />}
      <VersionList dataset={dataset} />
      {version && <Lineage version={version} dataset={dataset} />}
    </header>
  );
}
