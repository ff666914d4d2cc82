import { useEffect } from 'react';
import { StepEmptyState } from '../../components/common/StepEmptyState';
import { StepPageHeader } from '../../components/common/StepPageHeader';
import type { StepPageProps } from '../../components/common/step-page-props';
import { DemoStatus } from '../monitor/improve/components/DemoStatus';
import { RunDemoButton } from '../monitor/improve/components/RunDemoButton';
import { DatasetList } from './datasets/DatasetList';
import { ImportPanel } from './import/ImportPanel';
import { refreshDatasets } from './state/data-actions';
import { useDataStore } from './state/data-store';
import { useDataJobsRefresh } from './state/use-data-jobs-refresh';
import { VersionWorkspace } from './version/VersionWorkspace';

const PURPOSE =
  'Bring in the data your model learns from: import files, profile and validate them, then clean, label and split them into versioned datasets.';

export function DataPage({ step, steps }: StepPageProps) {
  const loaded = useDataStore((s) => s.loaded);
  const count = useDataStore((s) => s.datasets.length);
  const listError = useDataStore((s) => s.listError);
  const importOpen = useDataStore((s) => s.importOpen);
  const datasetId = useDataStore((s) => s.datasetId);

  useEffect(() => {
    void refreshDatasets();
  }, []);
  useDataJobsRefresh();

  const empty = loaded && count === 0;
  return (
    <div className="data-page">
      <StepPageHeader step={step} purpose={PURPOSE} />
      <DemoStatus />
      {listError && (
        <p className="error-text" role="alert">
          Could not list the datasets: {listError}
        </p>
      )}
      {empty && !importOpen && (
        <StepEmptyState step={step} steps={steps} heading="No datasets yet">
          <p className="empty-note">
            Import a CSV, TSV, JSON or JSON Lines file: drop it below or choose it. Its columns and types are
            inferred; you can change them after the import.
          </p>
          <p className="empty-note">Or see the whole factory at work on synthetic data first:</p>
          <RunDemoButton />
        </StepEmptyState>
      )}
      {(empty || importOpen) && <ImportPanel />}
      {count > 0 && <DatasetList />}
      {datasetId && <VersionWorkspace />}
    </div>
  );
}
