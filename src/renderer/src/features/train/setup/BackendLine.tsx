import { useAppStore } from '../../../store/app-store';

/** Where training runs: the active ML backend and its device. */
export function BackendLine() {
  const backend = useAppStore((s) => s.backend);
  if (!backend) return null;
  return (
    <p className="backend-line" data-testid="train-backend">
      <span className="muted">Trains on</span> <strong>{backend.chosen}</strong>{' '}
      <span className="muted">· {backend.device}</span>
    </p>
  );
}
