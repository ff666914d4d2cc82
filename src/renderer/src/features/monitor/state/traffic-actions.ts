import type { ServeStatsPoint } from '../../../../../shared/serve';
import { call } from '../../../transport/client';
import { mergePoints } from '../../deploy/lib/stats-window';
import { setMonitor } from './monitor-store';

/** The inference server's last minutes of traffic (serve.stats). */
export async function loadStats(): Promise<void> {
  try {
    const stats = await call('serve.stats', {});
    setMonitor((s) => ({ points: mergePoints(s.points, stats.points), totals: stats.totals }));
  } catch {
    // The charts stay empty and say traffic shows once the server runs.
  }
}

/** One second of traffic from the serve.stats event. */
export function addPoint(point: ServeStatsPoint): void {
  setMonitor((s) => ({ points: mergePoints(s.points, [point]) }));
}

/** Whether the inference server runs, and its URL (for the "send predictions to …" hint). */
export async function loadServer(): Promise<void> {
  try {
    setMonitor({ server: await call('serve.status', {}) });
  } catch {
    // Without it the hint points at the Deploy step instead of a URL.
  }
}
