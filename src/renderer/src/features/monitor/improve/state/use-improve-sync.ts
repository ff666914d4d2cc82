import { useOpenModelSync } from '../../state/use-open-model-sync';
import { openImprove, refreshImprove } from './improve-actions';
import { useImproveStore } from './improve-store';

const current = () => useImproveStore.getState().modelName;

/** Keep the policies, cycles and timeline on the Monitor step's open model (re-read at most every 300 ms). */
export function useImproveSync(): void {
  useOpenModelSync({ open: openImprove, refresh: refreshImprove, current, throttleMs: 300 });
}
