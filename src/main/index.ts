/**
 * Electron bootstrap only: single instance, the window with every security switch on, the menu,
 * and the engine behind IPC. All the work happens in the engine (src/main/engine).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { contentSecurityPolicy } from '../shared/csp.js';
import { AppError } from '../shared/errors.js';
import { showAlertNotifications } from './desktop-notifications.js';
import { type Engine, openEngine } from './engine/index.js';
import { autostartInferenceServer } from './engine/serve/manager-autostart.js';
import { registerIpc } from './ipc.js';
import { buildMenu } from './menu.js';

const here = dirname(fileURLToPath(import.meta.url));
const rendererIndex = join(here, '../renderer/index.html');
const preloadPath = join(here, '../preload/index.cjs');

function argValue(flag: string): string | null {
  const argv = process.argv;
  const i = argv.indexOf(flag);
  if (i >= 0 && argv[i + 1]) return argv[i + 1] ?? null;
  const eq = argv.find((a) => a.startsWith(`${flag}=`));
  return eq ? eq.slice(flag.length + 1) : null;
}

/** better-sqlite3 built for Electron's ABI by `npm run electron:native`, if present. */
function electronNativeBinding(): string | undefined {
  const file = join(here, '../../.native', `electron-abi${process.versions.modules}`, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}

let engine: Engine | null = null;
let mainWindow: BrowserWindow | null = null;

function isOwnPage(url: string): boolean {
  return (
    url.startsWith('file://') && decodeURIComponent(new URL(url).pathname).endsWith('/renderer/index.html')
  );
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    title: 'AI Factory',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (e, url) => {
    if (!isOwnPage(url)) e.preventDefault();
  });
  void win.loadFile(rendererIndex);
  return win;
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  await app.whenReady();
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy()] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  try {
    engine = await openEngine({
      shell: 'electron',
      workspace: argValue('--workspace'),
      electronVersion: process.versions.electron ?? null,
      workerBundleDir: here,
      nativeBinding: electronNativeBinding(),
    });
  } catch (err) {
    const e = AppError.from(err);
    const hint = /NODE_MODULE_VERSION|was compiled against a different Node.js version/.test(e.message)
      ? '\n\nbetter-sqlite3 is built for Node, not Electron: run `npm run electron:native` once, then start again.'
      : '';
    dialog.showErrorBox('AI Factory cannot open its workspace', `${e.message}${hint}`);
    app.exit(1);
    return;
  }
  const opened = engine;
  Menu.setApplicationMenu(buildMenu({ workspaceDir: opened.paths.dir }));
  mainWindow = createWindow();
  registerIpc(opened, () => mainWindow, isOwnPage);
  showAlertNotifications(opened, () => mainWindow);
  // The inference server starts with the app (setting serve.autostart); a failure (e.g. the port in
  // use) is in its status for the Deploy step, and the app goes on.
  void autostartInferenceServer(opened);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (e) => {
    if (engine) {
      e.preventDefault();
      const closing = engine;
      engine = null;
      void closing.close().finally(() => app.quit());
    }
  });
}

void start();
