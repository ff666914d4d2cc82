import type { TimelineEvent } from '../../../../../../shared/improve';
import { formatWhen } from '../../../data/lib/format';
import { kindView, timelineValueEntries } from '../lib/timeline-view';
import { LinkChips } from './LinkChips';

/** One decision of the loop: when, what kind, what happened, the numbers it was taken on, and its evidence. */
export function TimelineItem({ event }: { event: TimelineEvent }) {
  const view = kindView(event.kind);
  const values = timelineValueEntries(event.values);
  return (
    <li
      className="improve-event"
      data-testid="timeline-event"
      data-kind={event.kind}
      data-event-id={event.id}
    >
      <span className="improve-event-icon" data-kind={event.kind} aria-hidden="true">
        {view.icon}
      </span>
      <div className="improve-event-body">
        <div className="improve-event-head">
          <span className="improve-event-kind">{view.label}</span>
          <span className="improve-event-title">{event.title}</span>
          <time className="muted improve-when" dateTime={event.at}>
            {formatWhen(event.at)}
          </time>
        </div>
        {event.message && <p className="improve-event-message">{event.message}</p>}
        {values.length > 0 && (
          <ul className="monitor-evidence" aria-label="Numbers">
            {values.map((v) => (
              <li key={v.key}>{v.text}</li>
            ))}
          </ul>
        )}
        <LinkChips modelName={event.modelName} links={event.links} />
      </div>
    </li>
  );
}
