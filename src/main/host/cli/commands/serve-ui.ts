import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../../shared/errors.js';
import { autostartInferenceServer } from '../../../engine/serve/manager-autostart.js';
import { startBrowserHost } from '../../browser-server.js';
import type { CliContext } from '../main.js';

const PREFERRED_PORT = 5199;

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new AppError('invalid_input', `--port must be a whole number from 0 to 65535, not "${value}"`);
  }
  return n;
}

export function registerServeUi(program: Command, ctx: () => CliContext): void {
  program
    .command('serve-ui')
    .description('browser mode: serve the app UI and the engine on http://127.0.0.1 (Ctrl-C stops)')
    .option(
      '--host <host>',
      'interface to bind; anything but 127.0.0.1/localhost exposes the app to your network',
      '127.0.0.1',
    )
    .option(
      '--port <port>',
      `port (0 picks a free one; default ${PREFERRED_PORT}, or a free one if that is taken)`,
    )
    .action(async (opts: { host: string; port?: string }) => {
      const c = ctx();
      const port = opts.port === undefined ? PREFERRED_PORT : parsePort(opts.port);
      if (!existsSync(join(c.rendererDir, 'index.html'))) {
        throw new AppError(
          'unavailable',
          `The UI is not built (${c.rendererDir} is missing). Run \`npm run build\` first; \`npm start\` builds it for you.`,
        );
      }
      if (!['127.0.0.1', 'localhost', '::1'].includes(opts.host)) {
        c.out.note(
          `warning: binding ${opts.host} lets other machines on your network use this workspace; there is no login.`,
        );
      }
      const engine = await c.engine('browser');
      const start = (p: number) =>
        startBrowserHost({ engine, host: opts.host, port: p, rendererDir: c.rendererDir });
      const host = await start(port).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'EADDRINUSE') throw err;
        if (opts.port !== undefined) {
          throw new AppError(
            'unavailable',
            `Port ${port} is in use. Pick another with --port, or --port 0 for any free port.`,
          );
        }
        return start(0);
      });
      c.out.result(
        { url: host.url, port: host.port, workspaceDir: engine.paths.dir },
        `AI Factory (browser mode) at ${host.url}\nWorkspace ${engine.paths.dir}\nCtrl-C stops it.`,
      );
      // The inference server starts with the app (setting serve.autostart); a failure is only noted.
      void autostartInferenceServer(engine).then((s) => {
        if (s?.running) c.out.note(`Inference server at ${s.url}`);
        else if (s?.error) c.out.note(`warning: ${s.error}`);
      });
      c.keepAlive(
        new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            void host.close().then(resolve);
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        }),
      );
    });
}
