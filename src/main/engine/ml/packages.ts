import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BackendId } from '../../../shared/backend.js';

const require = createRequire(import.meta.url);

/** The npm package behind each backend. */
export const BACKEND_PACKAGES: Record<BackendId, string> = {
  cuda: '@tensorflow/tfjs-node-gpu',
  tensorflow: '@tensorflow/tfjs-node',
  wasm: '@tensorflow/tfjs-backend-wasm',
  cpu: '@tensorflow/tfjs',
};

/** The folder of an installed package, or null if it is not installed. */
export function packageDir(name: string): string | null {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

/** The folder holding the wasm backend's .wasm files, with a trailing slash (as setWasmPaths wants). */
export function wasmBinariesDir(): string | null {
  const dir = packageDir(BACKEND_PACKAGES.wasm);
  if (!dir) return null;
  const dist = join(dir, 'dist');
  return existsSync(join(dist, 'tfjs-backend-wasm.wasm')) ? `${dist}/` : null;
}
