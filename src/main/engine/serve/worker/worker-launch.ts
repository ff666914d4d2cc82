import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface ServerWorkerLaunch {
  /** The worker's entry: a file path, or (with `eval`) a script that loads it. */
  file: string;
  eval: boolean;
}

/**
 * Where a worker entry of the inference server lives (`server-worker`: the server; `log-writer`:
 * the request-log writer it starts): from source (tsx, vitest) the .ts file loaded through tsx
 * (Node applies no --import loader to a worker's entry); in the electron-vite bundle the .js
 * beside the main bundle (see electron.vite.config.ts).
 */
export function resolveServerWorker(
  bundleDir?: string,
  entryName: 'server-worker' | 'log-writer' = 'server-worker',
): ServerWorkerLaunch {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const tsxApi = pathToFileURL(tsxEsmApiPath()).href;
    const entry = pathToFileURL(join(dirname(here), `${entryName}.ts`)).href;
    const script = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return { file: script, eval: true };
  }
  const file = join(bundleDir ?? dirname(here), `${entryName}.js`);
  if (!existsSync(file)) throw new Error(`inference server bundle not found at ${file}; run npm run build`);
  return { file, eval: false };
}

function tsxEsmApiPath(): string {
  const pkgJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | undefined>;
  };
  const rel = pkg.exports['./esm/api']?.import?.default;
  if (!rel) throw new Error('tsx does not export ./esm/api; reinstall dependencies');
  return join(dirname(pkgJson), rel);
}
