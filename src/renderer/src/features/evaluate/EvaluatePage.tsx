import { StepEmptyState } from '../../components/common/StepEmptyState';
import { StepPageHeader } from '../../components/common/StepPageHeader';
import type { StepPageProps } from '../../components/common/step-page-props';

const PURPOSE =
  'Measure a trained model: its metrics overall and per slice, its robustness, its latency under load, and whether it passes its gate.';

export function EvaluatePage({ step, steps }: StepPageProps) {
  return (
    <>
      <StepPageHeader step={step} purpose={PURPOSE} />
      <StepEmptyState step={step} steps={steps} heading="No evaluations yet" />
    </>
  );
}
