import { useState } from 'react';
import type { BackendCandidate, BackendReport } from '../../../../shared/backend';
import { formatClock } from '../../lib/format-time';
import { useAppStore } from '../../store/app-store';
import { call, errorMessage } from '../../transport/client';

const STATUS_LABEL: Record<BackendCandidate['status'], string> = {
  chosen: 'Chosen',
  available: 'Available',
  unavailable: 'Unavailable',
  'not-tried': 'Not tried',
};

export function BackendDetails({ backend }: { backend: BackendReport }) {
  const [probing, setProbing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reprobe = async () => {
    setProbing(true);
    setError(null);
    try {
      useAppStore.getState().setBackend(await call('app.backend', { reprobe: true }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setProbing(false);
    }
  };
  return (
    <section aria-labelledby="backend-details-title">
      <h2 id="backend-details-title" className="popover-title">
        ML backend: {backend.chosen}
      </h2>
      <p className="popover-text">
        Runs on <strong>{backend.device}</strong> (TensorFlow.js backend <code>{backend.tfBackend}</code>).{' '}
        {backend.reason}
      </p>
      {backend.forced && (
        <p className="popover-text muted">
          Forced to {backend.forced} by{' '}
          {backend.forcedBy === 'env' ? 'the AI_FACTORY_BACKEND variable' : 'the ml.backend setting'}.
        </p>
      )}
      <ul className="candidate-list" aria-label="Backends tried, in order">
        {backend.candidates.map((c) => (
          <li key={c.id} className="candidate" data-status={c.status}>
            <div className="candidate-head">
              <span className="candidate-id">{c.id}</span>
              <span className="mono muted candidate-package">{c.package}</span>
              <span className="pill" data-tone={c.status}>
                {STATUS_LABEL[c.status]}
              </span>
            </div>
            <p className="candidate-reason">{c.reason}</p>
          </li>
        ))}
      </ul>
      <div className="popover-footer">
        <span className="muted">Probed at {formatClock(backend.probedAt)}</span>
        <button type="button" className="button" onClick={() => void reprobe()} disabled={probing}>
          {probing ? 'Probing…' : 'Probe again'}
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
