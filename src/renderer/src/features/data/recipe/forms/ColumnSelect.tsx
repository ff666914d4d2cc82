import type { ColumnInfo } from './form-types';

/** Pick one column; a name not among the columns (e.g. from pasted JSON) stays selectable. */
export function ColumnSelect({
  id,
  label,
  value,
  columns,
  onChange,
  filter,
}: {
  id: string;
  label: string;
  value: string;
  columns: ColumnInfo[];
  onChange: (name: string) => void;
  filter?: (c: ColumnInfo) => boolean;
}) {
  const options = columns.filter((c) => !filter || filter(c));
  const known = options.some((c) => c.name === value);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value={value}>{value || '(choose a column)'}</option>}
        {options.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name} ({c.type})
          </option>
        ))}
      </select>
    </div>
  );
}
