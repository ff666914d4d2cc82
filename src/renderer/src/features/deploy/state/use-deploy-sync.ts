import { useEffect } from 'react';
import { subscribeEvents } from '../../../transport/client';
import { throttle } from '../../train/lib/throttle';
import { loadRequests, refreshModels } from './deploy-actions';
import { useDeployStore } from './deploy-store';
import { addPoint, loadConfigured, loadStats, refreshStatus } from './serve-actions';

/**
 * Keep the Deploy step in step with the engine: models, server status and stats on mount; then
 * models.changed (trained, promoted, rolled back), serve.status and the per-second serve.stats
 * events. The request log and the totals are re-read at most every two seconds while traffic flows.
 */
export function useDeploySync(): void {
  useEffect(() => {
    void refreshModels();
    void refreshStatus();
    void loadConfigured();
    void loadStats();
    const modelsMoved = throttle(() => void refreshModels(), 300);
    const requestsMoved = throttle(() => {
      void loadRequests();
      void loadStats();
    }, 2000);
    const off = subscribeEvents((event) => {
      switch (event.type) {
        case 'models.changed':
          modelsMoved();
          break;
        case 'serve.status':
          useDeployStore.setState({ status: event.status });
          break;
        case 'serve.stats':
          addPoint(event.point);
          if (event.point.requests > 0) requestsMoved();
          break;
        case 'job.updated':
          if (event.job.kind === 'train' && event.job.status === 'succeeded') modelsMoved();
          break;
      }
    });
    return () => {
      off();
      modelsMoved.cancel();
      requestsMoved.cancel();
    };
  }, []);
}
