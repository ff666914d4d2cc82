import { useEffect } from 'react';
import { subscribeConnection, subscribeEvents } from '../../../transport/client';
import { throttle } from '../../train/lib/throttle';
import { AUTO_REFRESH_MS } from '../lib/window-form';
import { loadAlerts } from './alert-actions';
import { refreshModels, refreshMonitor } from './monitor-actions';
import { useMonitorStore } from './monitor-store';
import { addPoint, loadServer, loadStats } from './traffic-actions';

/**
 * Keep the Monitor step current while it is open: models, report and traffic on mount; every 10 s
 * the report, drift over time, distribution and alerts again (skipped while a refresh runs or the
 * window is hidden); models.changed and finished training re-list the models (production may have
 * moved); an `alert` event for the open model re-reads its alerts; serve.stats adds a second of traffic and serve.status
 * keeps the server's URL.
 */
export function useMonitorSync(): void {
  useEffect(() => {
    void refreshModels();
    void loadStats();
    void loadServer();
    const modelsMoved = throttle(() => void refreshModels(), 300);
    const alertsMoved = throttle(() => void loadAlerts(), 250);
    const offEvents = subscribeEvents((event) => {
      switch (event.type) {
        case 'models.changed':
          modelsMoved();
          break;
        case 'job.updated':
          if (event.job.kind === 'train' && event.job.status === 'succeeded') modelsMoved();
          break;
        case 'alert':
          if (event.modelName === undefined || event.modelName === useMonitorStore.getState().selectedModel)
            alertsMoved();
          break;
        case 'serve.stats':
          addPoint(event.point);
          break;
        case 'serve.status':
          useMonitorStore.setState({ server: event.status });
          break;
      }
    });
    const offConnection = subscribeConnection((state) => {
      if (state === 'open') modelsMoved();
    });
    const timer = setInterval(() => {
      if (document.hidden || useMonitorStore.getState().refreshing) return;
      void refreshMonitor();
      void loadStats();
    }, AUTO_REFRESH_MS);
    return () => {
      offEvents();
      offConnection();
      clearInterval(timer);
      modelsMoved.cancel();
      alertsMoved.cancel();
    };
  }, []);
}
