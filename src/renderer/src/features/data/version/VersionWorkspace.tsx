import type { VersionRecord } from '../../../../../shared/data';
import { ColumnsView } from '../columns/ColumnsView';
import { CompareView } from '../compare/CompareView';
import { LabelingView } from '../labeling/LabelingView';
import { ProfileView } from '../profile/ProfileView';
import { QualityReportView } from '../quality/QualityReportView';
import { RecipeEditor } from '../recipe/RecipeEditor';
import { SplitSettings } from '../split/SplitSettings';
import { type DataViewId, useDataStore } from '../state/data-store';
import { RowsTable } from '../table/RowsTable';
import { VersionHeader } from './VersionHeader';
import { VersionTabs, viewPanelId, viewTabId } from './VersionTabs';

function ViewContent({ view, version }: { view: DataViewId; version: VersionRecord }) {
  switch (view) {
    case 'table':
      return <RowsTable key={version.id} version={version} />;
    case 'columns':
      return <ColumnsView key={version.id} version={version} />;
    case 'profile':
      return <ProfileView key={version.id} version={version} />;
    case 'quality':
      return <QualityReportView key={version.id} version={version} />;
    case 'recipe':
      return <RecipeEditor version={version} />;
    case 'split':
      return <SplitSettings key={version.id} version={version} />;
    case 'labeling':
      return <LabelingView key={version.datasetId} version={version} />;
    case 'compare':
      return <CompareView key={version.id} version={version} />;
  }
}

/** The open dataset: its versions and lineage, and the views of the open version. */
export function VersionWorkspace() {
  const version = useDataStore((s) => s.version);
  const versionError = useDataStore((s) => s.versionError);
  const view = useDataStore((s) => s.view);
  return (
    <section className="version-workspace" aria-label="Open dataset">
      <VersionHeader />
      {versionError && (
        <p className="error-text" role="alert">
          {versionError}
        </p>
      )}
      {version ? (
        <>
          <VersionTabs />
          <div
            className="data-view"
            role="tabpanel"
            id={viewPanelId(view)}
            aria-labelledby={viewTabId(view)}
            data-view={view}
          >
            <ViewContent view={view} version={version} />
          </div>
        </>
      ) : (
        !versionError && <p className="muted">Loading the version…</p>
      )}
    </section>
  );
}
