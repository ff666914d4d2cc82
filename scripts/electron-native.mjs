#!/usr/bin/env node
// Build better-sqlite3 for Electron's ABI into .native/electron-abi<N>/ (once), leaving the Node
// build in node_modules untouched, so the CLI, the tests and the Electron app all work from one
// install. The Electron shell passes the file to better-sqlite3 as `nativeBinding`.
// Needs Electron's binary (to read its ABI) and network access to Electron's headers or
// better-sqlite3's prebuilt binaries: it runs only where the Electron binary exists.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = electronBinary();
if (!bin.path) {
  console.log(`electron-native: nothing to do (${bin.reason}).`);
  process.exit(0);
}
const electronVersion = require('electron/package.json').version;
const abi = spawnSync(bin.path, ['-p', 'process.versions.modules'], {
  encoding: 'utf8',
  env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
}).stdout.trim();
if (!/^\d+$/.test(abi)) {
  console.error(`electron-native: could not read Electron's ABI from ${bin.path}`);
  process.exit(1);
}
const target = join(root, '.native', `electron-abi${abi}`, 'better_sqlite3.node');
if (existsSync(target)) process.exit(0);

console.log(`electron-native: building better-sqlite3 for Electron ${electronVersion} (ABI ${abi})…`);
const src = dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(join(tmpdir(), 'aif-electron-native-'));
try {
  cpSync(src, work, { recursive: true, filter: (p) => !p.includes(`${join(src, 'build')}`) });
  const prebuilt = spawnSync(
    process.execPath,
    [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion],
    { cwd: work, stdio: 'inherit' },
  );
  if (prebuilt.status !== 0) {
    const gyp = process.env.npm_config_node_gyp;
    const gypCmd = gyp ? [process.execPath, gyp] : ['npx', 'node-gyp'];
    const built = spawnSync(
      gypCmd[0],
      [
        ...gypCmd.slice(1),
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, stdio: 'inherit' },
    );
    if (built.status !== 0) {
      console.error(
        'electron-native: failed; the Electron app needs this build (browser mode and the CLI do not).',
      );
      process.exit(1);
    }
  }
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  console.log(`electron-native: wrote ${target}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
