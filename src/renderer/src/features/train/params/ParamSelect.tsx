import type { ReactNode } from 'react';
import { FormField } from './FormField';
import { useParam } from './param-binding';

/** A parameter with named values, bound to the draft by path. */
export function ParamSelect({
  path,
  label,
  options,
  help,
}: {
  path: string;
  label: string;
  options: readonly (string | { id: string; label: string })[];
  help?: ReactNode;
}) {
  const p = useParam(path);
  return (
    <FormField label={label} help={help} error={p.error} changed={p.changed}>
      {(id, describedBy) => (
        <select
          id={id}
          className="input"
          value={String(p.value ?? '')}
          aria-describedby={describedBy}
          aria-invalid={Boolean(p.error) || undefined}
          onChange={(e) => p.set(e.target.value)}
        >
          {options.map((o) => {
            const { id: value, label: text } = typeof o === 'string' ? { id: o, label: o } : o;
            return (
              <option key={value} value={value}>
                {text}
              </option>
            );
          })}
        </select>
      )}
    </FormField>
  );
}
