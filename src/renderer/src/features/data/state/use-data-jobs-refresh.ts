import { useEffect } from 'react';
import { useJobsStore } from '../../../store/jobs-store';
import { refreshDatasets } from './data-actions';

const CHANGES_DATASETS = new Set(['data.import', 'data.recipe']);

/**
 * Datasets also change through jobs started elsewhere (the CLI on the same workspace, another
 * window): list them again when an import or recipe job succeeds.
 */
export function useDataJobsRefresh(): void {
  useEffect(() => {
    const seen = new Set<string>();
    for (const job of Object.values(useJobsStore.getState().byId))
      if (job.status === 'succeeded') seen.add(job.id);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = useJobsStore.subscribe((s) => {
      let changed = false;
      for (const id of s.order.slice(0, 20)) {
        const job = s.byId[id];
        if (seen.has(id) || job?.status !== 'succeeded') continue;
        seen.add(id);
        if (CHANGES_DATASETS.has(job.kind)) changed = true;
      }
      if (changed && !timer) {
        timer = setTimeout(() => {
          timer = null;
          void refreshDatasets();
        }, 250);
      }
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, []);
}
