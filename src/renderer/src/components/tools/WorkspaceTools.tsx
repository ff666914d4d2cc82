import { useId, useState } from 'react';
import { startJob } from '../../store/engine-actions';

const MIN_SECONDS = 0.5;
const MAX_SECONDS = 600;

/** Start the two built-in jobs: a workspace integrity check and a benchmark of the ML backend. */
export function WorkspaceTools() {
  const [seconds, setSeconds] = useState('5');
  const [busy, setBusy] = useState<'check' | 'bench' | null>(null);
  const secondsId = useId();
  const hintId = useId();
  const value = Number(seconds);
  const valid =
    seconds.trim() !== '' && Number.isFinite(value) && value >= MIN_SECONDS && value <= MAX_SECONDS;

  const run = async (which: 'check' | 'bench') => {
    setBusy(which);
    try {
      if (which === 'check') await startJob({ kind: 'workspace.check', params: { hashArtifacts: true } });
      else await startJob({ kind: 'backend.benchmark', params: { seconds: value, size: 256 } });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card tools" aria-labelledby="tools-title">
      <h2 id="tools-title" className="card-title">
        Workspace tools
      </h2>
      <div className="tool">
        <div className="tool-text">
          <p className="tool-name">Check workspace</p>
          <p className="tool-help">Database integrity, and a checksum of every artifact file.</p>
        </div>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void run('check')}>
          Check workspace
        </button>
      </div>
      <div className="tool">
        <div className="tool-text">
          <p className="tool-name">Benchmark the ML backend</p>
          <p className="tool-help" id={hintId}>
            Multiplies 256 × 256 matrices and charts GFLOP/s live.
          </p>
          <div className="field-inline">
            <label htmlFor={secondsId}>Seconds</label>
            <input
              id={secondsId}
              type="number"
              inputMode="decimal"
              min={MIN_SECONDS}
              max={MAX_SECONDS}
              step={0.5}
              value={seconds}
              aria-invalid={!valid}
              aria-describedby={hintId}
              onChange={(e) => setSeconds(e.target.value)}
            />
          </div>
          {!valid && (
            <p className="error-text">
              Enter {MIN_SECONDS} to {MAX_SECONDS} seconds.
            </p>
          )}
        </div>
        <button
          type="button"
          className="button button-primary"
          disabled={busy !== null || !valid}
          onClick={() => void run('bench')}
        >
          Benchmark backend
        </button>
      </div>
    </section>
  );
}
