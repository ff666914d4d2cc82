import { isNumericType } from '../../lib/column-types';
import { ColumnChecklist } from './ColumnChecklist';
import type { StepFormProps, StepOf } from './form-types';
import { parseValue } from './parse-value';
import { ValueInput, valueText } from './ValueInput';

const STRATEGIES = ['mean', 'median', 'mode', 'constant'] as const;

export function ImputeForm({ step, columns, onChange, idPrefix }: StepFormProps<StepOf<'impute'>>) {
  const numericOnly = step.strategy === 'mean' || step.strategy === 'median';
  const chosen = columns.filter((c) => step.columns.includes(c.name));
  const valueType = chosen.length > 0 && chosen.every((c) => isNumericType(c.type)) ? 'float' : 'categorical';
  return (
    <div className="step-form">
      <ColumnChecklist
        legend="Columns to fill"
        value={step.columns}
        columns={columns}
        filter={numericOnly ? (c) => isNumericType(c.type) || step.columns.includes(c.name) : undefined}
        onChange={(cols) => onChange({ ...step, columns: cols })}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-strategy`}>
          Fill with
        </label>
        <select
          id={`${idPrefix}-strategy`}
          className="input"
          value={step.strategy}
          onChange={(e) => onChange({ ...step, strategy: e.target.value as (typeof STRATEGIES)[number] })}
        >
          {STRATEGIES.map((s) => (
            <option key={s} value={s}>
              {s === 'mode' ? 'mode (most frequent)' : s}
            </option>
          ))}
        </select>
      </div>
      {step.strategy === 'constant' && (
        <div className="field">
          <label className="field-label" htmlFor={`${idPrefix}-value`}>
            Value
          </label>
          <ValueInput
            id={`${idPrefix}-value`}
            initial={valueText(step.value)}
            onText={(text) =>
              onChange({ ...step, value: text === '' ? undefined : parseValue(text, valueType) })
            }
          />
        </div>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={step.addIndicator}
          onChange={(e) => onChange({ ...step, addIndicator: e.target.checked })}
        />
        Also add <code>&lt;column&gt;_missing</code> (1 where it was missing)
      </label>
    </div>
  );
}
