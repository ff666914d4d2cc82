/** Start the baseline server (serve-baseline-worker.ts) in a worker thread; tsx is registered inside it. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BackendId } from '../src/shared/backend.js';

export interface Baseline {
  url: string;
  stop(): Promise<void>;
}

export async function startBaseline(opts: {
  artifactDir: string;
  backend: BackendId;
  name: string;
  version: number;
}): Promise<Baseline> {
  const require = createRequire(import.meta.url);
  const tsxApi = pathToFileURL(
    join(dirname(require.resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs'),
  ).href;
  const entry = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'serve-baseline-worker.ts')).href;
  const script = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(script, { eval: true, workerData: opts });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', (m: { port: number }) => resolve(m.port));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the baseline worker exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      worker.postMessage('stop');
      await worker.terminate();
    },
  };
}
