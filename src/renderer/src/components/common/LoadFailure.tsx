import { useState } from 'react';
import { loadAll } from '../../store/engine-sync';

/** The first load failed: say why and offer to try again. */
export function LoadFailure({ message }: { message: string }) {
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setRetrying(true);
    await loadAll();
    setRetrying(false);
  };
  return (
    <main className="load-failure">
      <section className="card" aria-labelledby="load-failure-title">
        <h1 id="load-failure-title" className="card-title">
          AI Factory cannot reach its engine
        </h1>
        <p className="error-text" role="alert">
          {message}
        </p>
        <button
          type="button"
          className="button button-primary"
          disabled={retrying}
          onClick={() => void retry()}
        >
          {retrying ? 'Trying…' : 'Try again'}
        </button>
      </section>
    </main>
  );
}
