import { useEffect } from 'react';
import { subscribeConnection, subscribeEvents } from '../../../../transport/client';
import { throttle } from '../../../train/lib/throttle';
import { useMonitorStore } from '../../state/monitor-store';
import { openImprove, refreshImprove } from './improve-actions';
import { useImproveStore } from './improve-store';

/**
 * Keep the improvement panels on the Monitor step's open model: read its policies, cycles and
 * timeline when it is opened; improve.changed of that model, models.changed (a promotion or
 * rollback) and an alert for it re-read them, at most every 300 ms.
 */
export function useImproveSync(): void {
  const modelName = useMonitorStore((s) => s.selectedModel);
  useEffect(() => {
    void openImprove(modelName);
  }, [modelName]);
  useEffect(() => {
    const moved = throttle(() => void refreshImprove(), 300);
    const mine = (name: string | undefined) =>
      name === undefined || name === useImproveStore.getState().modelName;
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
  }, []);
}
