#!/usr/bin/env node
// npm start: build the app, then open it in Electron when Electron's binary is here; otherwise
// say why in one line and start browser mode instead. Flags: --browser (skip Electron),
// --workspace DIR, --port P (browser mode).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, tryDownloadElectron } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const wantBrowser = args.includes('--browser') || process.env.AI_FACTORY_BROWSER === '1';
const passThrough = args.filter((a) => a !== '--browser');

function flag(name) {
  const i = passThrough.indexOf(name);
  return i >= 0 ? passThrough[i + 1] : undefined;
}

function build() {
  process.stdout.write('Building AI Factory… ');
  const bin = join(
    root,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite',
  );
  const r = spawnSync(bin, ['build'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stdout.write('failed.\n');
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}\n`);
    process.exit(1);
  }
  process.stdout.write('done.\n');
}

function runBrowserMode(why) {
  if (why) console.log(`${why}; starting browser mode instead.`);
  const cli = [join(root, 'bin', 'ai-factory.mjs')];
  const ws = flag('--workspace');
  if (ws) cli.push('--workspace', ws);
  cli.push('serve-ui');
  const port = flag('--port');
  if (port) cli.push('--port', port);
  const child = spawn(process.execPath, cli, { stdio: 'inherit', cwd: root });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function main() {
  build();
  if (wantBrowser) return runBrowserMode(null);
  let bin = electronBinary();
  if (!bin.path) {
    const dl = await tryDownloadElectron();
    bin = electronBinary();
    if (!bin.path)
      return runBrowserMode(`Electron's binary is not installed here (its download failed: ${dl.message})`);
  }
  const native = join(root, 'scripts', 'electron-native.mjs');
  if (existsSync(native)) {
    const r = spawnSync(process.execPath, [native], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) return runBrowserMode('better-sqlite3 could not be built for Electron (see above)');
  }
  const electronArgs = ['.', ...passThrough];
  const child = spawn(bin.path, electronArgs, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

await main();
