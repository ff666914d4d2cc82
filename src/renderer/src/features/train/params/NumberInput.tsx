import { useEffect, useState } from 'react';

/** A number as typed: empty or not a number is null. */
export function parseNumber(text: string, integer: boolean): number | null {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  if (!Number.isFinite(n)) return null;
  if (integer && !Number.isInteger(n)) return null;
  return n;
}

/**
 * A numeric text box that keeps what is typed (so "1e-" can become "1e-4") and reports only
 * valid numbers; `onValidity` hears whether the text is one, so the form can refuse to start.
 */
export function NumberInput({
  id,
  value,
  onChange,
  onValidity,
  integer = false,
  optional = false,
  describedBy,
  invalid,
  className = 'input',
  ariaLabel,
}: {
  id?: string;
  value: number | null;
  onChange: (value: number | null) => void;
  onValidity?: (valid: boolean) => void;
  integer?: boolean;
  /** Empty means null (no value) rather than invalid. */
  optional?: boolean;
  describedBy?: string | undefined;
  invalid?: boolean;
  className?: string;
  ariaLabel?: string;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    // Follow a value set from outside (reset to defaults, another version) unless the text means it already.
    setText((t) => (parseNumber(t, integer) === value ? t : value === null ? '' : String(value)));
    setBad(false);
  }, [value, integer]);
  return (
    <input
      id={id}
      className={className}
      type="text"
      inputMode={integer ? 'numeric' : 'decimal'}
      value={text}
      aria-label={ariaLabel}
      aria-invalid={bad || invalid || undefined}
      aria-describedby={describedBy}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        const n = parseNumber(next, integer);
        const ok = n !== null || (optional && next.trim() === '');
        setBad(!ok);
        onValidity?.(ok);
        if (ok) onChange(n);
      }}
    />
  );
}
