import { useEffect } from 'react';
import { subscribeEvents } from '../../../transport/client';
import { throttle } from '../../train/lib/throttle';
import { useEvaluateStore } from './evaluate-store';
import { adoptRunningJob } from './job-actions';
import { loadHistory, openEvaluation, refreshModels } from './model-actions';

/**
 * Keep the Evaluate step in step with the engine: the models on mount (then the open version's
 * latest report, history and gate policy); models.changed (trained, promoted, rolled back) and
 * finished training jobs re-list the models; evaluations.changed of the open model refreshes the
 * history and, for the open version, shows the new report unless an older one was picked.
 */
export function useEvaluateSync(): void {
  useEffect(() => {
    void refreshModels().then(adoptRunningJob);
    const modelsMoved = throttle(() => void refreshModels(), 300);
    const historyMoved = throttle(() => void loadHistory(), 300);
    const off = subscribeEvents((event) => {
      switch (event.type) {
        case 'models.changed':
          modelsMoved();
          break;
        case 'job.updated':
          if (event.job.kind === 'train' && event.job.status === 'succeeded') modelsMoved();
          break;
        case 'evaluations.changed': {
          const s = useEvaluateStore.getState();
          if (event.modelName !== s.selectedModel) break;
          historyMoved();
          if (event.version === s.selectedVersion && !s.pinned && s.report?.id !== event.id) {
            void openEvaluation(event.id, false);
          }
          break;
        }
      }
    });
    return () => {
      off();
      modelsMoved.cancel();
      historyMoved.cancel();
    };
  }, []);
}
