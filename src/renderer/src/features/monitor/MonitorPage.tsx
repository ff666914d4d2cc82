import { StepEmptyState } from '../../components/common/StepEmptyState';
import { StepPageHeader } from '../../components/common/StepPageHeader';
import type { StepPageProps } from '../../components/common/step-page-props';

const PURPOSE =
  'Watch a deployed model: its live traffic, drift of its inputs from the training data, its accuracy, and alerts.';

export function MonitorPage({ step, steps }: StepPageProps) {
  return (
    <>
      <StepPageHeader step={step} purpose={PURPOSE} />
      <StepEmptyState step={step} steps={steps} heading="Nothing to monitor yet" />
    </>
  );
}
