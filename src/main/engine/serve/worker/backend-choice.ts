import type { BackendId } from '../../../../shared/backend.js';
import { loadTf, type Tf } from '../../ml/tf-loader.js';

/**
 * The backends the server tries, in order. A native backend (tfjs-node) is not safe in more than
 * one thread (tfjs issue #8388) and the training jobs own it, so the server runs on wasm then cpu
 * (a 1-row predict of a tabular MLP takes about 0.17 ms on wasm).
 */
export function serverBackends(engineBackend: BackendId): BackendId[] {
  return engineBackend === 'cpu' ? ['cpu'] : ['wasm', 'cpu'];
}

export async function loadServerTf(engineBackend: BackendId): Promise<{ tf: Tf; backend: BackendId }> {
  let last: unknown;
  for (const b of serverBackends(engineBackend)) {
    try {
      return { tf: await loadTf(b), backend: b };
    } catch (err) {
      last = err;
    }
  }
  throw last;
}
