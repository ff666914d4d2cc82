import { type ReactNode, useId } from 'react';

/**
 * A labelled control with its help and its error below it, both tied to the control by
 * aria-describedby (so a screen reader reads the engine's complaint with the field).
 */
export function FormField({
  label,
  help,
  error,
  changed,
  className,
  children,
}: {
  label: ReactNode;
  help?: ReactNode;
  error?: string | undefined;
  /** The value differs from the data-derived default. */
  changed?: boolean;
  className?: string;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const changedId = `${id}-changed`;
  const describedBy =
    [changed ? changedId : null, help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div
      className={`field train-field${className ? ` ${className}` : ''}`}
      data-changed={changed || undefined}
    >
      <span className="field-label-row">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        {changed && (
          <>
            <span className="changed-dot" title="Changed from the default" aria-hidden="true" />
            <span id={changedId} className="visually-hidden">
              Changed from the default.
            </span>
          </>
        )}
      </span>
      {children(id, describedBy)}
      {help && (
        <span id={helpId} className="field-help muted">
          {help}
        </span>
      )}
      {error && (
        <span id={errorId} className="error-text field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
