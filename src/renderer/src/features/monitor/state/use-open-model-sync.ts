import { useEffect } from 'react';
import { subscribeConnection, subscribeEvents } from '../../../transport/client';
import { throttle } from '../../train/lib/throttle';
import { useMonitorStore } from './monitor-store';

/**
 * Keep a Monitor panel on the step's open model: `open` when the model changes; improve.changed of
 * that model, models.changed (a promotion or rollback), an alert for it and a reconnect `refresh`,
 * at most every `throttleMs`. `current` names the model the panel shows now.
 */
export function useOpenModelSync(args: {
  open: (modelName: string | null) => unknown;
  refresh: () => unknown;
  current: () => string | null;
  throttleMs: number;
}): void {
  const modelName = useMonitorStore((s) => s.selectedModel);
  const { open, refresh, current, throttleMs } = args;
  useEffect(() => {
    void open(modelName);
  }, [modelName, open]);
  useEffect(() => {
    const moved = throttle(() => void refresh(), throttleMs);
    const mine = (name: string | undefined) => name === undefined || name === current();
    const offEvents = subscribeEvents((event) => {
      if (event.type === 'improve.changed' && mine(event.modelName)) moved();
      else if (event.type === 'models.changed' && mine(event.name)) moved();
      else if (event.type === 'alert' && mine(event.modelName)) moved();
    });
    const offConnection = subscribeConnection((state) => {
      if (state === 'open') moved();
    });
    return () => {
      offEvents();
      offConnection();
      moved.cancel();
    };
  }, [refresh, current, throttleMs]);
}
