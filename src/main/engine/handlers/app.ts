import type { EngineContext } from '../context.js';
import { schemaVersion } from '../db/connection.js';
import { appVersion } from '../util/version.js';
import type { Handlers } from './types.js';

export function appHandlers(ctx: EngineContext): Pick<Handlers, 'app.info' | 'app.backend'> {
  return {
    'app.info': async () => ({
      name: 'AI Factory',
      version: appVersion(),
      workspaceDir: ctx.paths.dir,
      workspaceSource: ctx.paths.source,
      databasePath: ctx.paths.databasePath,
      schemaVersion: schemaVersion(ctx.db),
      shell: ctx.shell,
      runtime: {
        node: process.versions.node,
        electron: ctx.electronVersion,
        platform: process.platform,
        arch: process.arch,
      },
      backend: await ctx.backend.get(),
    }),
    'app.backend': (input) => (input.reprobe ? ctx.backend.reprobe() : ctx.backend.get()),
  };
}
