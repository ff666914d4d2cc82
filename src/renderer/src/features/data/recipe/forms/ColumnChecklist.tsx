import type { ColumnInfo } from './form-types';

/** Pick several columns with checkboxes (in a fieldset, so the group has a name). */
export function ColumnChecklist({
  legend,
  value,
  columns,
  onChange,
  filter,
}: {
  legend: string;
  value: string[];
  columns: ColumnInfo[];
  onChange: (names: string[]) => void;
  filter?: (c: ColumnInfo) => boolean;
}) {
  const options = columns.filter((c) => !filter || filter(c));
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== name), name] : value.filter((v) => v !== name));
  return (
    <fieldset className="checklist">
      <legend className="field-label">{legend}</legend>
      <div className="checklist-items">
        {options.map((c) => (
          <label key={c.name} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(c.name)}
              onChange={(e) => toggle(c.name, e.target.checked)}
            />
            {c.name}
          </label>
        ))}
        {value
          .filter((v) => !options.some((c) => c.name === v))
          .map((v) => (
            <label key={v} className="checkbox" title="not a column of this version">
              <input type="checkbox" checked onChange={() => toggle(v, false)} />
              <s>{v}</s>
            </label>
          ))}
      </div>
    </fieldset>
  );
}
