import { useEffect, useState } from 'react';
import { errorMessage } from '../../../transport/client';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; error: string }
  | { state: 'ready'; value: T };

/**
 * Load something once per key (e.g. a version id); a newer key wins over a slower older answer.
 * With `keepStale`, the last value stays on screen while the next key loads (no flicker on refresh).
 */
export function useLoader<T>(
  key: string,
  load: () => Promise<T>,
  keepStale = false,
): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is re-created each render; the key says when to load again
  useEffect(() => {
    let live = true;
    setResult((r) => (keepStale && r.state === 'ready' ? r : { state: 'loading' }));
    load().then(
      (value) => live && setResult({ state: 'ready', value }),
      (err: unknown) => live && setResult({ state: 'error', error: errorMessage(err) }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt, keepStale]);
  return [result, () => setAttempt((a) => a + 1)];
}
