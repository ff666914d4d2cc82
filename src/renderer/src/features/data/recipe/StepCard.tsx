import type { KeyboardEvent } from 'react';
import type { RecipeStep } from '../../../../../shared/data';
import type { ColumnInfo } from './forms/form-types';
import { StepForm } from './forms/StepForm';
import { OP_LABEL, stepSummary } from './recipe-steps';

interface StepCardProps {
  index: number;
  count: number;
  stepKey: string;
  step: RecipeStep;
  columns: ColumnInfo[];
  error: string | null;
  onChange: (step: RecipeStep) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}

/** One recipe step: what it does, its form, and buttons (or Alt+↑/↓ inside it) to move or remove it. */
export function StepCard({
  index,
  count,
  stepKey,
  step,
  columns,
  error,
  onChange,
  onMove,
  onRemove,
}: StepCardProps) {
  const n = index + 1;
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey) return;
    if (e.key === 'ArrowUp' && index > 0) {
      e.preventDefault();
      onMove(-1);
    } else if (e.key === 'ArrowDown' && index < count - 1) {
      e.preventDefault();
      onMove(1);
    }
  };
  return (
    <li
      className="step-card"
      data-op={step.op}
      data-invalid={error ? 'true' : undefined}
      aria-labelledby={`${stepKey}-title`}
      onKeyDown={onKeyDown}
      data-testid="recipe-step"
    >
      <div className="step-card-head">
        <span className="step-number" aria-hidden="true">
          {n}
        </span>
        <div className="step-card-title-block">
          <h5 id={`${stepKey}-title`} className="step-card-title" tabIndex={-1}>
            <span className="visually-hidden">Step {n}: </span>
            {OP_LABEL[step.op]}
          </h5>
          <p className="muted step-summary">{stepSummary(step)}</p>
        </div>
        <div className="button-row step-card-buttons">
          <button
            id={`${stepKey}-up`}
            type="button"
            className="button button-small button-quiet"
            aria-label={`Move step ${n} up`}
            title="Move up (Alt+↑)"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            id={`${stepKey}-down`}
            type="button"
            className="button button-small button-quiet"
            aria-label={`Move step ${n} down`}
            title="Move down (Alt+↓)"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button-small button-quiet button-danger"
            aria-label={`Remove step ${n}`}
            onClick={onRemove}
          >
            Remove
          </button>
        </div>
      </div>
      <StepForm step={step} columns={columns} onChange={onChange} idPrefix={stepKey} />
      {error && (
        <p className="error-text step-error" role="alert">
          Step {n}: {error}
        </p>
      )}
    </li>
  );
}
