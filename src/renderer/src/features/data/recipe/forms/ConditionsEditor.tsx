import type { Condition } from '../../../../../../shared/data';
import { CONDITION_LABEL, CONDITION_OPS } from '../recipe-steps';
import { ColumnSelect } from './ColumnSelect';
import type { StepFormProps, StepOf } from './form-types';
import { parseList, parseValue } from './parse-value';
import { ValueInput, valueText } from './ValueInput';

type RowStep = StepOf<'filter'> | StepOf<'drop_rows'>;

const NO_VALUE: Condition['op'][] = ['is_missing', 'not_missing'];
const LIST: Condition['op'][] = ['in', 'not_in'];

/** The conditions of filter / drop_rows: every one must hold (AND). */
export function ConditionsEditor({ step, columns, onChange, idPrefix }: StepFormProps<RowStep>) {
  const set = (i: number, c: Condition) =>
    onChange({ ...step, where: step.where.map((w, j) => (j === i ? c : w)) });
  const remove = (i: number) => onChange({ ...step, where: step.where.filter((_, j) => j !== i) });
  const add = () =>
    onChange({ ...step, where: [...step.where, { column: columns[0]?.name ?? '', op: 'is_missing' }] });
  return (
    <fieldset className="conditions">
      <legend className="field-label">
        {step.op === 'filter' ? 'Keep rows where all of these hold' : 'Drop rows where all of these hold'}
      </legend>
      {step.where.map((c, i) => {
        const type = columns.find((col) => col.name === c.column)?.type ?? 'categorical';
        const id = `${idPrefix}-c${i}`;
        const parse = (text: string) =>
          LIST.includes(c.op) ? parseList(text, type) : parseValue(text, type);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no identity beyond their place
          <div key={i} className="condition-row">
            <ColumnSelect
              id={`${id}-column`}
              label="Column"
              value={c.column}
              columns={columns}
              onChange={(column) => set(i, { ...c, column })}
            />
            <div className="field">
              <label className="field-label" htmlFor={`${id}-op`}>
                Test
              </label>
              <select
                id={`${id}-op`}
                className="input"
                value={c.op}
                onChange={(e) => {
                  const op = e.target.value as Condition['op'];
                  const next: Condition = { column: c.column, op };
                  if (!NO_VALUE.includes(op)) {
                    const v = c.value;
                    next.value = LIST.includes(op)
                      ? Array.isArray(v)
                        ? v
                        : v === undefined
                          ? []
                          : [v]
                      : Array.isArray(v)
                        ? (v[0] ?? '')
                        : (v ?? '');
                  }
                  set(i, next);
                }}
              >
                {CONDITION_OPS.map((op) => (
                  <option key={op} value={op}>
                    {CONDITION_LABEL[op]}
                  </option>
                ))}
              </select>
            </div>
            {!NO_VALUE.includes(c.op) && (
              <div className="field">
                <label className="field-label" htmlFor={`${id}-value`}>
                  {LIST.includes(c.op) ? 'Values (comma-separated)' : 'Value'}
                </label>
                <ValueInput
                  id={`${id}-value`}
                  initial={valueText(c.value)}
                  onText={(text) => set(i, { ...c, value: parse(text) })}
                />
              </div>
            )}
            <button
              type="button"
              className="button button-small button-quiet condition-remove"
              aria-label={`Remove condition ${i + 1}`}
              disabled={step.where.length === 1}
              onClick={() => remove(i)}
            >
              ✕
            </button>
          </div>
        );
      })}
      <button type="button" className="button button-small" onClick={add}>
        Add condition
      </button>
    </fieldset>
  );
}
