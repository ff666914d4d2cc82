import { COMMAND_NAMES } from '../../../shared/command-names.js';
import type { HandlerPart, Handlers } from './types.js';

/** Join the domains' handlers into one table; a name handled twice or not at all is a bug. */
export function joinHandlers(...parts: HandlerPart[]): Handlers {
  const all: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, fn] of Object.entries(part)) {
      if (name in all) throw new Error(`command ${name} has two handlers`);
      all[name] = fn;
    }
  }
  const missing = COMMAND_NAMES.filter((n) => !(n in all));
  if (missing.length) throw new Error(`commands without a handler: ${missing.join(', ')}`);
  return all as Handlers;
}
