import type { Command } from 'commander';
import { AppError } from '../../../../shared/errors.js';
import { SETTING_KEYS } from '../../../../shared/settings.js';
import type { CliContext } from '../main.js';

function parseAssignment(raw: string): [string, unknown] {
  const eq = raw.indexOf('=');
  if (eq <= 0)
    throw new AppError('invalid_input', `Write settings as key=value, e.g. ml.backend=wasm (got "${raw}").`);
  const key = raw.slice(0, eq);
  if (!(SETTING_KEYS as string[]).includes(key)) {
    throw new AppError('invalid_input', `Unknown setting "${key}". Settings: ${SETTING_KEYS.join(', ')}.`);
  }
  const text = raw.slice(eq + 1);
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    value = text;
  }
  return [key, value];
}

export function registerSettings(program: Command, ctx: () => CliContext): void {
  const settings = program.command('settings').description('show or change workspace settings');
  settings
    .command('get')
    .description('all settings')
    .action(async () => {
      const c = ctx();
      const s = await (await c.engine()).call('settings.get', {});
      c.out.result(s, () =>
        Object.entries(s)
          .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
          .join('\n'),
      );
    });
  settings
    .command('set <assignments...>')
    .description('change settings: key=value ...')
    .action(async (assignments: string[]) => {
      const c = ctx();
      const patch = Object.fromEntries(assignments.map(parseAssignment));
      const s = await (await c.engine()).call('settings.set', { patch });
      c.out.result(s, () =>
        Object.entries(s)
          .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
          .join('\n'),
      );
    });
}
