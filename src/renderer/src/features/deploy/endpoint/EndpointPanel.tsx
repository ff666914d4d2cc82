import { CopyButton } from '../components/CopyButton';
import { serverHint } from '../lib/server-hints';
import { listensEverywhere } from '../lib/token';
import { useDeployStore } from '../state/deploy-store';
import { startServer, stopServer } from '../state/serve-actions';
import { TokenField } from './TokenField';

/** The inference endpoint: running or stopped, Start/Stop, its URL and token, warnings and errors. */
export function EndpointPanel() {
  const status = useDeployStore((s) => s.status);
  const statusError = useDeployStore((s) => s.statusError);
  const serverError = useDeployStore((s) => s.serverError);
  const busy = useDeployStore((s) => s.serverBusy);
  const configured = useDeployStore((s) => s.configured);
  const running = status?.running ?? false;
  const host = status?.host ?? configured?.host ?? null;
  const error = serverError ?? status?.error ?? null;
  const hint = error ? serverHint(error) : null;
  const everywhere = running && listensEverywhere(host);
  return (
    <section className="endpoint-panel" aria-labelledby="endpoint-title" data-testid="endpoint-panel">
      <div className="section-head">
        <h3 id="endpoint-title" className="section-title">
          Inference endpoint{' '}
          <span className="pill" data-tone={running ? 'done' : undefined} data-testid="serve-state">
            {status ? (running ? 'running' : 'stopped') : 'unknown'}
          </span>
        </h3>
        <div className="button-row">
          {running ? (
            <button type="button" className="button" disabled={busy} onClick={() => void stopServer()}>
              Stop server
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              disabled={busy || !status}
              onClick={() => void startServer()}
            >
              Start server
            </button>
          )}
        </div>
      </div>
      {statusError && (
        <p className="error-text" role="alert" data-testid="serve-status-error">
          The inference server does not answer: {statusError}
        </p>
      )}
      {status && (
        <dl className="endpoint-facts">
          <dt>URL</dt>
          <dd>
            {status.url ? (
              <span className="token-field">
                <code className="mono" data-testid="serve-url">
                  {status.url}
                </code>
                <CopyButton text={status.url} label="Copy the URL" />
              </span>
            ) : (
              <span className="muted">
                Not listening
                {configured
                  ? ` (starts on ${configured.host}:${configured.port === 0 ? 'a free port' : configured.port})`
                  : ''}
                .
              </span>
            )}
          </dd>
          <dt>Token</dt>
          <dd>
            <TokenField token={status.token} host={host} />
          </dd>
          <dt>Serving</dt>
          <dd data-testid="serve-models">
            {status.models.length === 0
              ? 'No versions loaded yet (a version loads with its first request).'
              : status.models
                  .map((m) => `${m.name} v${m.version} (${m.stage}${m.ready ? ', ready' : ', loading'})`)
                  .join(' · ')}
          </dd>
        </dl>
      )}
      {(everywhere || status?.warning) && (
        <p className="deploy-warning" role="note" data-testid="serve-warning">
          {status?.warning ??
            'It listens on every network interface: other machines can call it. Set a token, or set serve.host to 127.0.0.1.'}
        </p>
      )}
      {error && (
        <div className="error-text" role="alert" data-testid="serve-error">
          <p>{error}</p>
          {hint && <p>{hint}</p>}
        </div>
      )}
    </section>
  );
}
