// Where Electron's binary is, without triggering its download (require('electron') would).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ path: string | null, reason: string }} */
export function electronBinary() {
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { path: null, reason: `Electron's binary has not been downloaded into ${join(dir, 'dist')}` };
  }
  const bin = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(bin)) return { path: null, reason: `Electron's binary is missing at ${bin}` };
  return { path: bin, reason: `Electron's binary is at ${bin}` };
}

/** Try Electron's own download once (it fetches from GitHub; fails fast when offline). */
export async function tryDownloadElectron() {
  const { spawnSync } = await import('node:child_process');
  const dir = dirname(require.resolve('electron/package.json'));
  const r = spawnSync(process.execPath, [join(dir, 'install.js')], { encoding: 'utf8', timeout: 120_000 });
  if (r.status === 0) return { ok: true, message: '' };
  const text = `${r.stderr ?? ''}${r.stdout ?? ''}`;
  const line =
    text.split('\n').find((l) => /Error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|403|404/.test(l)) ??
    'download failed';
  return { ok: false, message: line.trim().slice(0, 160) };
}
