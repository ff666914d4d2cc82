import { CopyButton } from '../components/CopyButton';
import { buildExamples } from '../lib/examples';
import { useDeployStore } from '../state/deploy-store';

/** Copyable requests for the open model: curl, Python, JavaScript and an Open Inference Protocol v2 call. */
export function ExamplesPanel() {
  const name = useDeployStore((s) => s.selectedModel);
  const example = useDeployStore((s) => s.example);
  const exampleError = useDeployStore((s) => s.exampleError);
  const status = useDeployStore((s) => s.status);
  const configured = useDeployStore((s) => s.configured);
  if (!name) return null;
  const baseUrl =
    status?.url ??
    (configured
      ? `http://${configured.host}:${configured.port === 0 ? 'PORT' : configured.port}`
      : 'http://127.0.0.1:5280');
  return (
    <section className="examples-panel" aria-labelledby="examples-title" data-testid="examples-panel">
      <div className="section-head">
        <h3 id="examples-title" className="section-title">
          Call {name}
        </h3>
        <span className="muted">
          {status?.running
            ? 'The production version answers; add /versions/N to the path for another.'
            : 'Start the server to call it.'}
        </span>
      </div>
      {exampleError && (
        <p className="error-text" role="alert">
          Could not read the model’s inputs from its dataset version: {exampleError}
        </p>
      )}
      {example && (
        <div className="examples-grid">
          {buildExamples({
            baseUrl,
            modelName: name,
            token: status?.token ?? null,
            inputs: example.inputs,
            row: example.row,
          }).map((ex) => (
            <figure key={ex.id} className="code-example" data-testid={`example-${ex.id}`}>
              <figcaption className="code-example-head">
                <span className="code-example-title">{ex.title}</span>
                <CopyButton text={ex.code} label={`Copy the ${ex.title} example`} />
              </figcaption>
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable code block must be reachable by keyboard to scroll it */}
              <pre className="code-block" tabIndex={0}>
                <code>{ex.code}</code>
              </pre>
            </figure>
          ))}
        </div>
      )}
    </section>
  );
}
