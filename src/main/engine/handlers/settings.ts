import type { EngineContext } from '../context.js';
import type { Handlers } from './types.js';

export function settingsHandlers(ctx: EngineContext): Pick<Handlers, 'settings.get' | 'settings.set'> {
  return {
    'settings.get': () => ctx.settings.getAll(),
    'settings.set': async ({ patch }) => {
      const before = ctx.settings.get('ml.backend');
      const after = ctx.settings.set(patch);
      if (after['ml.backend'] !== before) await ctx.backend.reprobe();
      return after;
    },
  };
}
