import type { StepSummary } from '../../../../shared/workspace';
import { STEP_STATE_LABEL } from '../common/StepStatePill';
import { STEP_PANEL_ID, stepTabId } from './step-ids';

interface StepTabProps {
  step: StepSummary;
  index: number;
  selected: boolean;
  onSelect: () => void;
}

/** One step: its number (a tick when done), title and state. Named by its title alone. */
export function StepTab({ step, index, selected, onSelect }: StepTabProps) {
  const id = stepTabId(step.id);
  return (
    <button
      id={id}
      type="button"
      role="tab"
      className="step-tab"
      data-state={step.state}
      aria-selected={selected}
      aria-controls={STEP_PANEL_ID}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-state`}
      tabIndex={selected ? 0 : -1}
      onClick={onSelect}
    >
      <span className="step-number" aria-hidden="true">
        {step.state === 'done' ? '✓' : index + 1}
      </span>
      <span className="step-text">
        <span id={`${id}-title`} className="step-title">
          {step.title}
        </span>
        <span id={`${id}-state`} className="step-state">
          {STEP_STATE_LABEL[step.state]}
        </span>
      </span>
    </button>
  );
}
