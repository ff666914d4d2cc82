import type { ServeStatsPoint } from '../../../../../shared/serve';
import { call, errorMessage } from '../../../transport/client';
import { mergePoints } from '../lib/stats-window';
import { setDeploy } from './deploy-store';

export async function refreshStatus(): Promise<void> {
  try {
    setDeploy({ status: await call('serve.status', {}), statusError: null });
  } catch (err) {
    setDeploy({ statusError: errorMessage(err) });
  }
}

/** Where the server listens once started (the serve.* settings). */
export async function loadConfigured(): Promise<void> {
  try {
    const settings = await call('settings.get', {});
    setDeploy({ configured: { host: settings['serve.host'], port: settings['serve.port'] } });
  } catch {
    // Only used to show the address before the server starts.
  }
}

export async function loadStats(): Promise<void> {
  try {
    const stats = await call('serve.stats', {});
    setDeploy((s) => ({ points: mergePoints(s.points, stats.points), totals: stats.totals }));
  } catch {
    // Charts stay empty until the server answers; its status says why.
  }
}

export function addPoint(point: ServeStatsPoint): void {
  setDeploy((s) => ({ points: mergePoints(s.points, [point]) }));
}

export async function startServer(): Promise<void> {
  setDeploy({ serverBusy: true, serverError: null });
  try {
    // No `options` at all: the serve.* settings apply. (An empty `options` object is filled with
    // ServeOptions' defaults by the contract's schema, which would override the settings.)
    setDeploy({ status: await call('serve.start', {}) });
  } catch (err) {
    setDeploy({ serverError: errorMessage(err) });
  } finally {
    setDeploy({ serverBusy: false });
  }
}

export async function stopServer(): Promise<void> {
  setDeploy({ serverBusy: true, serverError: null });
  try {
    setDeploy({ status: await call('serve.stop', {}) });
  } catch (err) {
    setDeploy({ serverError: errorMessage(err) });
  } finally {
    setDeploy({ serverBusy: false });
  }
}
