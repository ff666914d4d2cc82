import { useState } from 'react';
import { CopyButton } from '../components/CopyButton';
import { isLoopback, maskToken } from '../lib/token';

/** The bearer token, masked until revealed, with a copy button; or what having none means. */
export function TokenField({ token, host }: { token: string | null; host: string | null }) {
  const [shown, setShown] = useState(false);
  if (token === null) {
    return (
      <span data-testid="serve-token">
        {isLoopback(host) ? (
          'No token: only this machine can call it.'
        ) : (
          <span className="error-text">
            No token: anyone who can reach this machine can call it. Set serve.token.
          </span>
        )}
      </span>
    );
  }
  return (
    <span className="token-field" data-testid="serve-token">
      <code className="mono">{shown ? token : maskToken(token)}</code>
      <button
        type="button"
        className="button button-small"
        aria-pressed={shown}
        onClick={() => setShown((v) => !v)}
      >
        {shown ? 'Hide' : 'Reveal'}
      </button>
      <CopyButton text={token} label="Copy the token" />
    </span>
  );
}
