/** Test support: a transport whose answers the test gives, one call at a time (each call waits for its answer). */
import type { Result } from '../../../shared/errors';
import type { Transport } from './transport';

export interface ScriptedCall {
  name: string;
  input: unknown;
  answer: (r: Result<unknown>) => void;
}

export function scriptedTransport() {
  const calls: ScriptedCall[] = [];
  const transport: Transport = {
    shell: 'browser',
    invoke: (name, input) => new Promise((resolve) => calls.push({ name, input, answer: resolve })),
    onEvent: () => () => {},
    onConnection: () => () => {},
    pickFile: async () => null,
  };
  const find = (name: string, from = 0) => calls.slice(from).find((c) => c.name === name);
  return { transport, calls, find };
}

/** Let pending promise callbacks run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export const ok = (value: unknown): Result<unknown> => ({ ok: true, value });
