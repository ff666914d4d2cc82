import type { ImprovementCycle } from '../../../../../../shared/improve';
import { formatElapsed } from '../../../../lib/format-time';
import { formatWhen } from '../../../data/lib/format';
import { cycleLinks, isCycleActive, stageLabel, triggerLabel, versionsText } from '../lib/cycle-view';
import { filterTimeline } from '../state/improve-actions';
import { DecideForm } from './DecideForm';
import { LinkChips } from './LinkChips';
import { StatusBadge } from './StatusBadge';

/** One cycle: status, stage, champion → challenger, why it started, its evidence, and Approve/Reject while it waits. */
export function CycleRow({ cycle, filtered }: { cycle: ImprovementCycle; filtered: boolean }) {
  const active = isCycleActive(cycle.status);
  const took = formatElapsed(cycle.startedAt, cycle.endedAt);
  return (
    <li className="improve-cycle" data-testid="cycle-row" data-status={cycle.status} data-cycle-id={cycle.id}>
      <div className="improve-cycle-head">
        <StatusBadge status={cycle.status} />
        <span className="improve-cycle-versions" data-testid="cycle-versions">
          {versionsText(cycle)}
        </span>
        <span className="muted">
          {cycle.policyName} · {active ? stageLabel(cycle.stage) : `ended at ${stageLabel(cycle.stage)}`}
        </span>
        <span className="muted improve-when">
          {formatWhen(cycle.startedAt)}
          {took ? ` · took ${took}` : ''}
        </span>
      </div>
      <p className="improve-cycle-trigger">
        <span className="pill" data-tone="info">
          {triggerLabel(cycle.trigger.kind)}
        </span>{' '}
        {cycle.trigger.message}
        {cycle.productionRows > 0 && (
          <span className="muted">
            {' '}
            · {cycle.productionRows.toLocaleString('en-US')} labeled production rows added
          </span>
        )}
      </p>
      {cycle.error && (
        <p className="error-text" data-testid="cycle-error">
          {cycle.error}
        </p>
      )}
      <div className="improve-cycle-foot">
        <LinkChips modelName={cycle.modelName} links={cycleLinks(cycle)} />
        <button
          type="button"
          className="link-button"
          aria-pressed={filtered}
          onClick={() => void filterTimeline(filtered ? null : cycle.id)}
        >
          {filtered ? 'Show the whole timeline' : 'Timeline of this cycle'}
        </button>
      </div>
      {cycle.status === 'awaiting_approval' && (
        <DecideForm cycleId={cycle.id} challenger={cycle.challengerVersion} />
      )}
    </li>
  );
}
