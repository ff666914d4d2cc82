import type { CycleStatus } from '../../../../../../shared/improve';
import { statusBadge } from '../lib/cycle-view';

/** A cycle's status as a coloured pill. */
export function StatusBadge({ status }: { status: CycleStatus }) {
  const badge = statusBadge(status);
  return (
    <span className="pill" data-tone={badge.tone} data-testid="cycle-status">
      {badge.label}
    </span>
  );
}
