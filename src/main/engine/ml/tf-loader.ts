import type { BackendId } from '../../../shared/backend.js';
import { AppError } from '../../../shared/errors.js';
import { BACKEND_PACKAGES, wasmBinariesDir } from './packages.js';

export type Tf = typeof import('@tensorflow/tfjs');

/**
 * Load TensorFlow.js on the given backend inside the current thread (a job worker). Native
 * backends must only be loaded in one thread per process (tfjs issue #8388): the job runner
 * keeps native jobs to a single worker.
 */
export async function loadTf(backend: BackendId): Promise<Tf> {
  if (backend === 'cuda' || backend === 'tensorflow') {
    const pkg = BACKEND_PACKAGES[backend];
    try {
      return (await import(/* @vite-ignore */ pkg)) as Tf;
    } catch (err) {
      throw new AppError('unavailable', `${pkg} failed to load in the worker: ${(err as Error).message}`);
    }
  }
  const tf = await import('@tensorflow/tfjs');
  // Production mode: skips debug-only checks and the cpu backend's console banner.
  tf.enableProdMode();
  if (backend === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const dir = wasmBinariesDir();
    if (!dir) throw new AppError('unavailable', 'the wasm backend files are missing; run npm install');
    wasm.setWasmPaths(dir);
  }
  const ok = await tf.setBackend(backend);
  if (!ok) throw new AppError('unavailable', `TensorFlow.js could not start the ${backend} backend`);
  await tf.ready();
  return tf;
}
