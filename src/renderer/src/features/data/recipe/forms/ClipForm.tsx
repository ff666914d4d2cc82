import { isNumericType } from '../../lib/column-types';
import { ColumnSelect } from './ColumnSelect';
import type { StepFormProps, StepOf } from './form-types';
import { parseOptionalNumber } from './parse-value';
import { ValueInput, valueText } from './ValueInput';

/** clip (fixed bounds) and winsorize (the column's own quantiles) on a numeric column. */
export function ClipForm({
  step,
  columns,
  onChange,
  idPrefix,
}: StepFormProps<StepOf<'clip'> | StepOf<'winsorize'>>) {
  const numeric = (c: { name: string; type: Parameters<typeof isNumericType>[0] }) =>
    isNumericType(c.type) || c.name === step.column;
  return (
    <div className="step-form step-form-row">
      <ColumnSelect
        id={`${idPrefix}-column`}
        label="Column"
        value={step.column}
        columns={columns}
        filter={numeric}
        onChange={(column) => onChange({ ...step, column })}
      />
      {step.op === 'clip' ? (
        <>
          <div className="field">
            <label className="field-label" htmlFor={`${idPrefix}-min`}>
              Minimum (blank: none)
            </label>
            <ValueInput
              id={`${idPrefix}-min`}
              inputMode="decimal"
              initial={valueText(step.min)}
              onText={(t) => onChange({ ...step, min: parseOptionalNumber(t) })}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${idPrefix}-max`}>
              Maximum (blank: none)
            </label>
            <ValueInput
              id={`${idPrefix}-max`}
              inputMode="decimal"
              initial={valueText(step.max)}
              onText={(t) => onChange({ ...step, max: parseOptionalNumber(t) })}
            />
          </div>
        </>
      ) : (
        <>
          <div className="field">
            <label className="field-label" htmlFor={`${idPrefix}-lower`}>
              Lower quantile (0–0.5)
            </label>
            <input
              id={`${idPrefix}-lower`}
              type="number"
              className="input"
              min={0}
              max={0.5}
              step={0.005}
              value={step.lower}
              onChange={(e) => onChange({ ...step, lower: Number(e.target.value) })}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${idPrefix}-upper`}>
              Upper quantile (0.5–1)
            </label>
            <input
              id={`${idPrefix}-upper`}
              type="number"
              className="input"
              min={0.5}
              max={1}
              step={0.005}
              value={step.upper}
              onChange={(e) => onChange({ ...step, upper: Number(e.target.value) })}
            />
          </div>
        </>
      )}
    </div>
  );
}
