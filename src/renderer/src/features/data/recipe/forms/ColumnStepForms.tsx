import { COLUMN_TYPES } from '../../lib/column-types';
import { ColumnSelect } from './ColumnSelect';
import type { StepFormProps, StepOf } from './form-types';

/** cast: one column to another type. */
export function CastForm({ step, columns, onChange, idPrefix }: StepFormProps<StepOf<'cast'>>) {
  return (
    <div className="step-form step-form-row">
      <ColumnSelect
        id={`${idPrefix}-column`}
        label="Column"
        value={step.column}
        columns={columns}
        onChange={(column) => onChange({ ...step, column })}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-to`}>
          New type
        </label>
        <select
          id={`${idPrefix}-to`}
          className="input"
          value={step.to}
          onChange={(e) => onChange({ ...step, to: e.target.value as StepOf<'cast'>['to'] })}
        >
          {COLUMN_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** rename: a column's new name. */
export function RenameForm({ step, columns, onChange, idPrefix }: StepFormProps<StepOf<'rename'>>) {
  return (
    <div className="step-form step-form-row">
      <ColumnSelect
        id={`${idPrefix}-from`}
        label="Column"
        value={step.from}
        columns={columns}
        onChange={(from) => onChange({ ...step, from })}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-to`}>
          New name
        </label>
        <input
          id={`${idPrefix}-to`}
          className="input"
          value={step.to}
          onChange={(e) => onChange({ ...step, to: e.target.value })}
        />
      </div>
    </div>
  );
}

/** group_rare: merge a categorical column's rare values into one. */
export function GroupRareForm({ step, columns, onChange, idPrefix }: StepFormProps<StepOf<'group_rare'>>) {
  return (
    <div className="step-form step-form-row">
      <ColumnSelect
        id={`${idPrefix}-column`}
        label="Column"
        value={step.column}
        columns={columns}
        filter={(c) => c.type === 'categorical' || c.name === step.column}
        onChange={(column) => onChange({ ...step, column })}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-share`}>
          Rare below (share, 0–0.5)
        </label>
        <input
          id={`${idPrefix}-share`}
          type="number"
          className="input"
          min={0}
          max={0.5}
          step={0.001}
          value={step.minShare}
          onChange={(e) => onChange({ ...step, minShare: Number(e.target.value) })}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-other`}>
          Merge into
        </label>
        <input
          id={`${idPrefix}-other`}
          className="input"
          value={step.other}
          onChange={(e) => onChange({ ...step, other: e.target.value })}
        />
      </div>
    </div>
  );
}

/** apply_labels: write the rows' labels into a column (new or existing). */
export function ApplyLabelsForm({ step, onChange, idPrefix }: StepFormProps<StepOf<'apply_labels'>>) {
  return (
    <div className="step-form step-form-row">
      <div className="field">
        <label className="field-label" htmlFor={`${idPrefix}-column`}>
          Column to write (created if absent)
        </label>
        <input
          id={`${idPrefix}-column`}
          className="input"
          value={step.column}
          onChange={(e) => onChange({ ...step, column: e.target.value })}
        />
      </div>
    </div>
  );
}
