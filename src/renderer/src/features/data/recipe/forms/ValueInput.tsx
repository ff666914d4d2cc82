import { useState } from 'react';

/**
 * A text box for a typed value. It keeps what the person types (so "1." or "a, b," survive while
 * typing) and reports the text; the caller parses it. A step's form remounts when the step is
 * replaced from outside, which resets the text.
 */
export function ValueInput({
  id,
  initial,
  onText,
  placeholder,
  inputMode,
}: {
  id: string;
  initial: string;
  onText: (text: string) => void;
  placeholder?: string;
  inputMode?: 'decimal' | 'text';
}) {
  const [text, setText] = useState(initial);
  return (
    <input
      id={id}
      className="input"
      value={text}
      placeholder={placeholder}
      inputMode={inputMode}
      onChange={(e) => {
        setText(e.target.value);
        onText(e.target.value);
      }}
    />
  );
}

/** How a stored value shows in a ValueInput. */
export function valueText(
  value: number | string | boolean | (number | string | boolean)[] | undefined,
): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}
