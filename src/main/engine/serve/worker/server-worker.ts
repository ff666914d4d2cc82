/**
 * The inference server's worker thread: loads tfjs (the engine's backend when the server may use
 * it, else wasm, then cpu), starts the ServerRuntime, reports `ready` (with the URL) or `failed`,
 * per-second stats and what it serves, and handles `models.changed`, `predict` and `stop`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../../shared/errors.js';
import { loadServerTf } from './backend-choice.js';
import type { FromServerWorker, ServerWorkerStart, ToServerWorker } from './protocol.js';
import { ServerRuntime } from './server-runtime.js';

const port = parentPort;
if (!port) throw new Error('server-worker must run in a worker thread');
const start = workerData as ServerWorkerStart;
const send = (m: FromServerWorker) => port.postMessage(m);

// A stray rejection (e.g. a background hot swap's) is reported, never a reason to drop the server.
process.on('unhandledRejection', (err) => {
  send({ type: 'warning', message: `unexpected: ${(err as Error)?.message ?? String(err)}` });
});

let runtime: ServerRuntime | null = null;
let stopping = false;

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await runtime?.stop();
  } finally {
    send({ type: 'stopped' });
    port?.close();
  }
}

port.on('message', (msg: ToServerWorker) => {
  if (msg.type === 'stop') {
    void stop();
    return;
  }
  if (!runtime || stopping) {
    if (msg.type === 'predict')
      send({
        type: 'predicted',
        id: msg.id,
        error: {
          kind: 'unavailable',
          message: 'the inference server is starting or stopping; retry shortly',
        },
      });
    return;
  }
  if (msg.type === 'models.changed') runtime.modelsChanged(msg.name);
  else if (msg.type === 'predict') {
    runtime.predict(msg.name, msg.version, msg.instances).then(
      (predictions) => send({ type: 'predicted', id: msg.id, predictions }),
      (err: unknown) => {
        const e = AppError.from(err);
        send({ type: 'predicted', id: msg.id, error: { kind: e.kind, message: e.message } });
      },
    );
  }
});

async function main(): Promise<void> {
  try {
    const { tf, backend } = await loadServerTf(start.backend);
    runtime = await ServerRuntime.create(start, tf, {
      models: (models) => send({ type: 'models', models }),
      warning: (message) => send({ type: 'warning', message }),
      stats: (point, totals) => send({ type: 'stats', point, totals }),
    });
    const { url, port: bound } = await runtime.run();
    send({
      type: 'ready',
      url,
      host: start.options.host,
      port: bound,
      backend,
      models: runtime.resolver.served(),
    });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    send({ type: 'failed', message: (err as Error).message, code: typeof code === 'string' ? code : null });
    await runtime?.stop().catch(() => undefined);
    port?.close();
  }
}

void main();
