import { useEffect } from 'react';
import { subscribeEvents } from '../../../../transport/client';
import { throttle } from '../../../train/lib/throttle';
import { useMonitorStore } from '../../state/monitor-store';
import { loadQueue, openLabels } from './labels-actions';
import { useProductionLabelsStore } from './labels-store';

/**
 * Keep the labeling queue on the Monitor step's open model: read it when the model is opened;
 * improve.changed of that model (new items, labels given elsewhere), models.changed and its
 * alerts re-read it, at most every 500 ms (labeling fires one event per label).
 */
export function useLabelsSync(): void {
  const modelName = useMonitorStore((s) => s.selectedModel);
  useEffect(() => {
    void openLabels(modelName);
  }, [modelName]);
  useEffect(() => {
    const moved = throttle(() => void loadQueue(), 500);
    const mine = (name: string | undefined) =>
      name === undefined || name === useProductionLabelsStore.getState().modelName;
    const off = subscribeEvents((event) => {
      if (event.type === 'improve.changed' && mine(event.modelName)) moved();
      else if (event.type === 'models.changed' && mine(event.name)) moved();
      else if (event.type === 'alert' && mine(event.modelName)) moved();
    });
    return () => {
      off();
      moved.cancel();
    };
  }, []);
}
