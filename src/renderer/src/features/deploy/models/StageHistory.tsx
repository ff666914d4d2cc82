import type { StageEvent } from '../../../../../shared/serve';
import { formatWhen } from '../../data/lib/format';
import { StageBadge } from '../components/StageBadge';

/** Stage changes as a list: version, from → to, action, reason, who and when. */
export function StageHistory({
  events,
  testId,
  empty,
}: {
  events: StageEvent[];
  testId: string;
  empty: string;
}) {
  if (events.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="stage-history" data-testid={testId}>
      {events.map((e) => (
        <li
          key={e.id}
          className="stage-event"
          data-testid="stage-event"
          data-action={e.action}
          data-version={e.version}
        >
          <span className="stage-event-head">
            <strong>v{e.version}</strong> <StageBadge stage={e.fromStage} /> <span aria-hidden="true">→</span>
            <span className="visually-hidden">to</span> <StageBadge stage={e.toStage} />{' '}
            <span className="muted">{e.action}</span>
          </span>
          <span className="stage-event-reason">“{e.reason}”</span>
          <span className="muted stage-event-meta">
            {e.actor} · <time dateTime={e.at}>{formatWhen(e.at)}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}
