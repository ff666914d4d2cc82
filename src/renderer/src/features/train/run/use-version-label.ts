import { useCallback } from 'react';
import { useTrainStore } from '../state/train-store';

/** "iris v2" for a version id (the id itself for a version no longer listed). */
export function useVersionLabel(): (versionId: string) => string {
  const datasets = useTrainStore((s) => s.datasets);
  return useCallback(
    (versionId: string) => {
      for (const d of datasets) {
        const v = d.versions.find((x) => x.id === versionId);
        if (v) return `${d.name} v${v.number}`;
      }
      return versionId;
    },
    [datasets],
  );
}
