import { StepEmptyState } from '../../components/common/StepEmptyState';
import { StepPageHeader } from '../../components/common/StepPageHeader';
import type { StepPageProps } from '../../components/common/step-page-props';

const PURPOSE =
  'Bring in the data your model learns from: import files, profile and validate them, then clean, label and split them into versioned datasets.';

export function DataPage({ step, steps }: StepPageProps) {
  return (
    <>
      <StepPageHeader step={step} purpose={PURPOSE} />
      <StepEmptyState step={step} steps={steps} heading="No datasets yet">
        <p className="empty-note">
          Importing files is not part of this version yet; it comes in the next update. Meanwhile,{' '}
          <strong>Workspace tools</strong> can check this workspace and benchmark the ML backend, and their
          progress shows under <strong>Jobs</strong>.
        </p>
      </StepEmptyState>
    </>
  );
}
