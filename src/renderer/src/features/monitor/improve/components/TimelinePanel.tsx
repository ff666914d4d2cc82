import { useMemo } from 'react';
import { newestFirst, shortId } from '../lib/timeline-view';
import { filterTimeline } from '../state/improve-actions';
import { useImproveStore } from '../state/improve-store';
import { TimelineItem } from './TimelineItem';

/** Every decision of the model's loop, newest first (or one cycle's), each with its numbers and evidence. */
export function TimelinePanel({ modelName }: { modelName: string }) {
  const timeline = useImproveStore((s) => s.timeline);
  const loaded = useImproveStore((s) => s.timelineLoaded);
  const error = useImproveStore((s) => s.timelineError);
  const cycleId = useImproveStore((s) => s.timelineCycle);
  const events = useMemo(() => newestFirst(timeline), [timeline]);
  return (
    <section className="monitor-panel improve-panel" aria-labelledby="improve-timeline-title">
      <div className="section-head">
        <h3 id="improve-timeline-title" className="section-title">
          Timeline of {modelName}
        </h3>
        {cycleId ? (
          <span className="muted">
            Cycle {shortId(cycleId)} only ·{' '}
            <button type="button" className="link-button" onClick={() => void filterTimeline(null)}>
              show all
            </button>
          </span>
        ) : (
          <span className="muted">Newest first: alerts, triggers, training, gate, promotions, rollbacks</span>
        )}
      </div>
      {error && (
        <p className="error-text" role="alert">
          Could not read the timeline: {error}
        </p>
      )}
      {!loaded ? (
        <p className="muted">Reading the timeline…</p>
      ) : (
        <ol className="improve-timeline" data-testid="timeline" data-count={events.length}>
          {events.length === 0 && (
            <li className="muted">
              Nothing yet: every decision of the loop is written here, with its evidence.
            </li>
          )}
          {events.map((e) => (
            <TimelineItem key={e.id} event={e} />
          ))}
        </ol>
      )}
    </section>
  );
}
