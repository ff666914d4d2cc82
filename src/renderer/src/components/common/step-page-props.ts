import type { StepSummary } from '../../../../shared/workspace';

export interface StepPageProps {
  /** The step this page shows. */
  step: StepSummary;
  /** All five steps, in order (to point at the one to do first). */
  steps: StepSummary[];
}
