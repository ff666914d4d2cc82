/** A JSON text area with its label and its error (the engine's message), for the policy editors. */
export function JsonTextArea(props: {
  id: string;
  label: string;
  text: string;
  onChange: (text: string) => void;
  disabled: boolean;
  error: string | null;
  /** The rows it grows to at most. */
  maxRows: number;
  className: string;
  errorClassName: string;
  testId: string;
  errorTestId: string;
}) {
  const errorId = `${props.id}-error`;
  return (
    <>
      <label className="field-label" htmlFor={props.id}>
        {props.label}
      </label>
      <textarea
        id={props.id}
        className={`input ${props.className}`}
        data-testid={props.testId}
        spellCheck={false}
        rows={Math.min(props.maxRows, Math.max(8, props.text.split('\n').length + 1))}
        value={props.text}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error && (
        <p
          id={errorId}
          className={`error-text ${props.errorClassName}`}
          role="alert"
          data-testid={props.errorTestId}
        >
          {props.error}
        </p>
      )}
    </>
  );
}
