import { StepEmptyState } from '../../components/common/StepEmptyState';
import { StepPageHeader } from '../../components/common/StepPageHeader';
import type { StepPageProps } from '../../components/common/step-page-props';

const PURPOSE =
  'Serve a model that passed its gate on a local inference port, with request batching and a log of every request.';

export function DeployPage({ step, steps }: StepPageProps) {
  return (
    <>
      <StepPageHeader step={step} purpose={PURPOSE} />
      <StepEmptyState step={step} steps={steps} heading="No deployments yet" />
    </>
  );
}
