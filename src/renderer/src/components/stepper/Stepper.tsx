import { type KeyboardEvent, useRef } from 'react';
import type { StepSummary } from '../../../../shared/workspace';
import { useAppStore } from '../../store/app-store';
import { StepTab } from './StepTab';
import { stepTabId } from './step-ids';
import { nextStepIndex } from './stepper-keys';

/** The five lifecycle steps as tabs: arrow keys, Home and End move between them (and select). */
export function Stepper({ steps }: { steps: StepSummary[] }) {
  const selected = useAppStore((s) => s.selectedStep);
  const selectStep = useAppStore((s) => s.selectStep);
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = steps.findIndex((s) => s.id === selected);
    const next = nextStepIndex(e.key, Math.max(0, current), steps.length);
    const step = next === null ? undefined : steps[next];
    if (!step) return;
    e.preventDefault();
    selectStep(step.id);
    list.current?.querySelector<HTMLElement>(`#${stepTabId(step.id)}`)?.focus();
  };

  return (
    <div ref={list} role="tablist" aria-label="Lifecycle steps" className="stepper" onKeyDown={onKeyDown}>
      {steps.map((step, index) => (
        <StepTab
          key={step.id}
          step={step}
          index={index}
          selected={step.id === selected}
          onSelect={() => selectStep(step.id)}
        />
      ))}
    </div>
  );
}
