import { startDemo } from '../state/demo-actions';
import { useDemoStore } from '../state/demo-store';

/** "Run the demo": a synthetic credit stream through the whole factory, drift and retraining included. */
export function RunDemoButton() {
  const busy = useDemoStore((s) => s.starting || s.jobId !== null);
  return (
    <button
      type="button"
      className="button"
      data-testid="run-demo"
      disabled={busy}
      title="Import a synthetic credit stream, train, evaluate, deploy, send traffic, let it drift, label, retrain and promote"
      onClick={() => void startDemo()}
    >
      {busy ? 'The demo is running…' : 'Run the demo'}
    </button>
  );
}
