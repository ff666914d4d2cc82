/**
 * The inference server an evaluation's load test drives: the real server (its own worker thread,
 * Fastify, batching) on its own port on 127.0.0.1, serving versions by explicit path, with the
 * request log off so test traffic never reaches monitoring.
 */
import type { BackendId } from '../../../../shared/backend.js';
import { AppError } from '../../../../shared/errors.js';
import { ServeOptions } from '../../../../shared/serve.js';
import { describeStartFailure } from '../../serve/manager-messages.js';
import { ServerWorker } from '../../serve/manager-worker.js';
import { resolveServerWorker } from '../../serve/worker/worker-launch.js';

export interface LoadServerArgs {
  workspaceDir: string;
  databasePath: string;
  backend: BackendId;
  port: number;
  appVersion: string;
  onWarning?: (message: string) => void;
}

export interface LoadServer {
  url: string;
  stop(): Promise<void>;
}

/** Start it; a failure (e.g. the port is taken) stops the thread and throws a clear error. */
export async function startLoadServer(a: LoadServerArgs): Promise<LoadServer> {
  const options = ServeOptions.parse({ host: '127.0.0.1', port: a.port, token: null, corsOrigins: [] });
  const worker = new ServerWorker(
    resolveServerWorker(),
    {
      options,
      workspaceDir: a.workspaceDir,
      databasePath: a.databasePath,
      backend: a.backend,
      listen: true,
      logRequests: false,
      retention: { days: 3650, rows: Number.MAX_SAFE_INTEGER },
      appVersion: a.appVersion,
    },
    {
      onMessage: (m) => {
        if (m.type === 'warning') a.onWarning?.(m.message);
      },
      onCrash: (message) => a.onWarning?.(message),
    },
  );
  try {
    const ready = await worker.whenReady();
    if (!ready.url) throw new Error('the load-test server did not listen');
    return { url: ready.url, stop: () => worker.stop() };
  } catch (err) {
    await worker.terminate();
    const code = (err as { code?: unknown }).code;
    throw new AppError(
      code === 'EADDRINUSE' ? 'conflict' : 'internal',
      `The load test could not start its inference server: ${describeStartFailure(err, options).replace('(setting serve.port, or --port)', '(--load-port)')}.`,
    );
  }
}
