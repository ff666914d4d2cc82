import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerLaunch {
  /** The worker's entry: a file path, or (with `eval`) a script that loads it. */
  file: string;
  /** True when `file` is a script (source mode: registers tsx, then imports the .ts entry). */
  eval: boolean;
}

/**
 * Where the job worker entry lives. From source (tsx, vitest) it is worker-entry.ts, loaded
 * through tsx; in the electron-vite bundle it is `worker.js` beside the main bundle.
 */
export function resolveWorkerLaunch(bundleDir?: string): WorkerLaunch {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    // Node does not apply --import loaders to a worker's own entry file, so a small script
    // registers tsx inside the worker and then imports the TypeScript entry.
    const tsxApi = pathToFileURL(tsxEsmApiPath()).href;
    const entry = pathToFileURL(join(dirname(here), 'worker-entry.ts')).href;
    const script = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return { file: script, eval: true };
  }
  const dir = bundleDir ?? dirname(here);
  const file = join(dir, 'worker.js');
  if (!existsSync(file)) throw new Error(`job worker bundle not found at ${file}; run npm run build`);
  return { file, eval: false };
}

/** tsx's ESM register API, resolved through its package.json exports (ESM condition). */
function tsxEsmApiPath(): string {
  const pkgJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | undefined>;
  };
  const rel = pkg.exports['./esm/api']?.import?.default;
  if (!rel) throw new Error('tsx does not export ./esm/api; reinstall dependencies');
  return join(dirname(pkgJson), rel);
}
