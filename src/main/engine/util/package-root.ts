import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { dir: string; version: string } | undefined;

/** The folder of AI Factory's package.json (from source, the bundle or a worker) and its version. */
export function packageInfo(): { dir: string; version: string } {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ai-factory') {
        cached = { dir, version: pkg.version ?? '0.0.0' };
        return cached;
      }
    }
    dir = dirname(dir);
  }
  throw new Error('cannot find the ai-factory package.json above the running code');
}
