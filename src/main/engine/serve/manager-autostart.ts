import type { ServeStatus } from '../../../shared/serve.js';
import type { Engine } from '../engine.js';

/**
 * For the shells (Electron, `serve-ui`): start the inference server when the setting
 * serve.autostart is on. Never throws: a failure (e.g. the port in use) is in the returned status
 * (and the `serve.status` event), and the app goes on without the server.
 */
export async function autostartInferenceServer(engine: Engine): Promise<ServeStatus | null> {
  try {
    const settings = await engine.call('settings.get', {});
    if (!settings['serve.autostart']) return null;
    return await engine.call('serve.start', { options: {} });
  } catch (err) {
    return {
      running: false,
      url: null,
      host: null,
      port: null,
      token: null,
      startedAt: null,
      models: [],
      warning: null,
      error: `the inference server did not start: ${(err as Error).message}`,
    };
  }
}
