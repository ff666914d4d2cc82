import type { StepSummary } from '../../../../shared/workspace';
import { StepStatePill } from './StepStatePill';

/** The page's title, its state and one line on what the step is for. */
export function StepPageHeader({ step, purpose }: { step: StepSummary; purpose: string }) {
  return (
    <header className="step-page-header">
      <div className="step-page-title-row">
        <h2 className="step-page-title">{step.title}</h2>
        <StepStatePill state={step.state} />
      </div>
      <p className="step-purpose">{purpose}</p>
    </header>
  );
}
