import { StepEmptyState } from '../../components/common/StepEmptyState';
import { StepPageHeader } from '../../components/common/StepPageHeader';
import type { StepPageProps } from '../../components/common/step-page-props';

const PURPOSE =
  'Train a model on a prepared dataset with TensorFlow.js on the active ML backend, and watch its loss curve as it learns.';

export function TrainPage({ step, steps }: StepPageProps) {
  return (
    <>
      <StepPageHeader step={step} purpose={PURPOSE} />
      <StepEmptyState step={step} steps={steps} heading="No models yet" />
    </>
  );
}
