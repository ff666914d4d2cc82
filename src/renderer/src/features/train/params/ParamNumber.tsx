import type { ReactNode } from 'react';
import { FormField } from './FormField';
import { NumberInput } from './NumberInput';
import { useParam } from './param-binding';

/** A numeric parameter of the form, bound to the draft by path. */
export function ParamNumber({
  path,
  label,
  integer = false,
  help,
}: {
  path: string;
  label: string;
  integer?: boolean;
  help?: ReactNode;
}) {
  const p = useParam(path);
  const value = typeof p.value === 'number' ? p.value : null;
  return (
    <FormField label={label} help={help} error={p.error} changed={p.changed}>
      {(id, describedBy) => (
        <NumberInput
          id={id}
          value={value}
          integer={integer}
          describedBy={describedBy}
          invalid={Boolean(p.error)}
          onChange={(v) => v !== null && p.set(v)}
          onValidity={p.setValidity}
        />
      )}
    </FormField>
  );
}
