import { useEffect, useState, useSyncExternalStore } from 'react';
import { call } from '../../../transport/client';
import type { QueueOrder } from './LabelingView';
import { LabelSession, type SessionSnapshot } from './label-session';

const IDLE: SessionSnapshot = {
  current: null,
  ahead: 0,
  labeled: null,
  total: null,
  loading: true,
  finished: false,
  error: null,
  status: '',
  skipped: 0,
};
const noop = () => () => {};

/** A labeling session for one version, annotator and order, made and ended with the component. */
export function useLabelSession(
  versionId: string,
  annotator: string,
  order: QueueOrder,
): [LabelSession | null, SessionSnapshot] {
  const [session, setSession] = useState<LabelSession | null>(null);
  useEffect(() => {
    const s = new LabelSession({
      queue: (exclude, limit) => call('labels.queue', { versionId, annotator, order, limit, exclude }),
      submit: (rowId, label) => call('labels.submit', { versionId, rowId, label, annotator }),
      undo: () => call('labels.undo', { versionId, annotator }),
    });
    setSession(s);
    s.start();
    return () => s.dispose();
  }, [versionId, annotator, order]);
  const snap = useSyncExternalStore(session?.subscribe ?? noop, session?.getSnapshot ?? (() => IDLE));
  return [session, snap];
}
