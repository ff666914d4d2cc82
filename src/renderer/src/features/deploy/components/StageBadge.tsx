import type { Stage } from '../../../../../shared/serve';
import { stageTone } from '../lib/stage';

/** A version's stage as a coloured pill. */
export function StageBadge({ stage }: { stage: Stage }) {
  return (
    <span
      className="pill stage-badge"
      data-tone={stageTone(stage)}
      data-stage={stage}
      data-testid="stage-badge"
    >
      {stage}
    </span>
  );
}
