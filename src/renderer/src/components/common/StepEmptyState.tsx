import type { ReactNode } from 'react';
import type { StepSummary } from '../../../../shared/workspace';
import { useAppStore } from '../../store/app-store';

interface StepEmptyStateProps {
  step: StepSummary;
  steps: StepSummary[];
  /** e.g. "No datasets yet" */
  heading: string;
  children?: ReactNode;
}

/** What an empty step says: the engine's next action, and for a blocked step a way to the step to do first. */
export function StepEmptyState({ step, steps, heading, children }: StepEmptyStateProps) {
  const selectStep = useAppStore((s) => s.selectStep);
  const index = steps.findIndex((s) => s.id === step.id);
  const firstOpen =
    step.state === 'blocked' ? steps.slice(0, Math.max(0, index)).find((s) => s.state !== 'done') : undefined;
  return (
    <section className="empty-state" aria-labelledby={`${step.id}-empty-title`}>
      <div className="empty-icon" aria-hidden="true" data-step={step.id} />
      <h3 id={`${step.id}-empty-title`} className="empty-title">
        {heading}
      </h3>
      <p className="empty-next" data-testid="next-action">
        {step.nextAction}
      </p>
      {children}
      {firstOpen && (
        <button type="button" className="button button-primary" onClick={() => selectStep(firstOpen.id)}>
          Go to {firstOpen.title}
        </button>
      )}
    </section>
  );
}
