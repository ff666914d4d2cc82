import { useOpenModelSync } from '../../state/use-open-model-sync';
import { loadQueue, openLabels } from './labels-actions';
import { useProductionLabelsStore } from './labels-store';

const current = () => useProductionLabelsStore.getState().modelName;

/** Keep the labeling queue on the Monitor step's open model (re-read at most every 500 ms: a label fires one event). */
export function useLabelsSync(): void {
  useOpenModelSync({ open: openLabels, refresh: loadQueue, current, throttleMs: 500 });
}
