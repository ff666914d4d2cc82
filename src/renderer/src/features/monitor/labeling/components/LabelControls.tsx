import type { ProductionLabelItem } from '../../../../../../shared/improve';
import { setNumberText, submitLabel, submitNumber } from '../state/labels-actions';
import { useProductionLabelsStore } from '../state/labels-store';

/** One button per class (classification), or a number field (regression), for the item shown. */
export function LabelControls({ item, classes }: { item: ProductionLabelItem; classes: string[] | null }) {
  const submitting = useProductionLabelsStore((s) => s.submitting);
  const numberText = useProductionLabelsStore((s) => s.numberText);
  const busy = submitting !== null;
  if (classes) {
    return (
      <fieldset className="plabel-controls">
        <legend className="field-label">The true class</legend>
        <div className="plabel-classes">
          {classes.map((c) => (
            <button
              key={c}
              type="button"
              className="button"
              data-testid="production-label-class"
              data-class={c}
              data-predicted={c === item.predicted ? 'true' : undefined}
              disabled={busy}
              onClick={() => void submitLabel(c)}
            >
              {c}
            </button>
          ))}
        </div>
      </fieldset>
    );
  }
  const inputId = `plabel-value-${item.predictionId}`;
  return (
    <form
      className="plabel-controls"
      onSubmit={(e) => {
        e.preventDefault();
        void submitNumber();
      }}
    >
      <label className="field-label" htmlFor={inputId}>
        The true value
      </label>
      <div className="plabel-number">
        <input
          id={inputId}
          className="input"
          inputMode="decimal"
          data-testid="production-label-value"
          value={numberText}
          placeholder={typeof item.predicted === 'number' ? String(item.predicted) : 'e.g. 12.5'}
          onChange={(e) => setNumberText(e.target.value)}
        />
        <button
          type="submit"
          className="button button-primary"
          data-testid="production-label-submit"
          disabled={busy}
        >
          {busy ? 'Saving…' : 'Save label'}
        </button>
      </div>
    </form>
  );
}
