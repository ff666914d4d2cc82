import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { LabelSet, VersionRecord } from '../../../../../shared/data';
import { formatCount } from '../lib/format';
import type { QueueOrder } from './LabelingView';
import { actionForKey } from './label-keys';
import { QueueItemView } from './QueueItemView';
import { useLabelSession } from './use-label-session';

function isTyping(target: EventTarget): boolean {
  const el = target as HTMLElement;
  return (
    el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable
  );
}

/** The labeling queue, one row at a time, driven by the keyboard (or the buttons). */
export function LabelingSession({
  version,
  set,
  annotator,
  order,
  onCounts,
}: {
  version: VersionRecord;
  set: LabelSet;
  annotator: string;
  order: QueueOrder;
  onCounts: (labeled: number | null) => void;
}) {
  const [session, snap] = useLabelSession(version.id, annotator, order);
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  useEffect(() => onCounts(snap.labeled), [snap.labeled, onCounts]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (isTyping(e.target)) return;
    const action = actionForKey(e, set.classes);
    if (!action || !session) return;
    e.preventDefault();
    if (action.kind === 'label') session.label(action.label);
    else if (action.kind === 'skip') session.skip();
    else session.undo();
  };

  const classColor = new Map(set.classes.map((c) => [c.name, c.color]));
  return (
    <section
      ref={box}
      className="labeling-session"
      aria-label="Label rows"
      aria-describedby="labeling-keys"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the labeling area takes the keyboard shortcuts, so it must hold focus
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="labeling-session"
    >
      <div className="labeling-progress">
        <span data-testid="label-progress">
          {snap.labeled === null ? '…' : `${formatCount(snap.labeled)} / ${formatCount(snap.total ?? 0)}`}
        </span>{' '}
        <span className="muted">labeled by {annotator}</span>
        {snap.skipped > 0 && <span className="muted"> · {snap.skipped} skipped</span>}
      </div>
      <p id="labeling-keys" className="muted labeling-keys">
        Keys: {set.classes.map((c) => `${c.shortcut} ${c.name}`).join(', ')} · S or → skip · Z or Backspace
        undo
      </p>
      {snap.error && (
        <p className="error-text" role="alert" data-testid="labeling-error">
          {snap.error}
        </p>
      )}
      {snap.current ? (
        <QueueItemView
          item={snap.current}
          version={version}
          labelColumn={set.column}
          classColor={classColor}
        />
      ) : snap.loading ? (
        <p className="muted">Loading rows…</p>
      ) : snap.finished && !snap.error ? (
        <p className="success-text">Nothing left to label in this session.</p>
      ) : null}
      <div className="button-row labeling-buttons">
        {set.classes.map((c) => (
          <button
            key={c.name}
            type="button"
            className="button class-button"
            style={{ borderColor: c.color }}
            disabled={!snap.current}
            onClick={() => session?.label(c.name)}
          >
            <kbd>{c.shortcut}</kbd> {c.name}
          </button>
        ))}
        <button type="button" className="button" disabled={!snap.current} onClick={() => session?.skip()}>
          <kbd>S</kbd> Skip
        </button>
        <button type="button" className="button" onClick={() => session?.undo()}>
          <kbd>Z</kbd> Undo
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {snap.status}
      </p>
      {snap.status && <p className="muted labeling-status">{snap.status}</p>}
    </section>
  );
}
