import type { Loaded } from './use-loader';

/** What a view says while its data loads or when it failed (with Try again). */
export function LoadState<T>({
  loaded,
  what,
  retry,
}: {
  loaded: Loaded<T>;
  what: string;
  retry: () => void;
}) {
  if (loaded.state === 'loading')
    return (
      <p className="muted load-state" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {what}…
      </p>
    );
  if (loaded.state === 'error')
    return (
      <div className="load-state">
        <p className="error-text" role="alert">
          {loaded.error}
        </p>
        <button type="button" className="button button-small" onClick={retry}>
          Try again
        </button>
      </div>
    );
  return null;
}
