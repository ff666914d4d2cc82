import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/errors';
import { CommandError, call, setTransport } from './client';
import { resultFromResponse } from './result-from-response';
import type { Transport } from './transport';

function fakeTransport(answer: (name: string, input: unknown) => Result<unknown>): Transport {
  return {
    shell: 'browser',
    invoke: async (name, input) => answer(name, input),
    onEvent: () => () => {},
    onConnection: () => () => {},
    pickFile: async () => null,
  };
}

describe('call', () => {
  it('resolves with the value of an ok result', async () => {
    const seen: unknown[] = [];
    setTransport(
      fakeTransport((name, input) => {
        seen.push([name, input]);
        return { ok: true, value: { 'ui.theme': 'dark' } };
      }),
    );
    await expect(call('settings.get', {})).resolves.toEqual({ 'ui.theme': 'dark' });
    expect(seen).toEqual([['settings.get', {}]]);
  });

  it('throws a CommandError carrying kind and message otherwise', async () => {
    setTransport(
      fakeTransport(() => ({ ok: false, error: { kind: 'not_found', message: 'No job with id x.' } })),
    );
    const err = await call('jobs.get', { id: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect(err).toMatchObject({ kind: 'not_found', message: 'No job with id x.' });
  });
});

describe('resultFromResponse', () => {
  it('passes a Result body through whatever the status', async () => {
    const body = { ok: false, error: { kind: 'unknown_command', message: 'Unknown command "nope".' } };
    const response = new Response(JSON.stringify(body), { status: 404 });
    await expect(resultFromResponse(response)).resolves.toEqual(body);
  });

  it('turns a body that is not a Result into a typed internal error', async () => {
    const notJson = await resultFromResponse(new Response('Not found', { status: 404 }));
    expect(notJson).toMatchObject({ ok: false, error: { kind: 'internal' } });
    const wrongShape = await resultFromResponse(new Response('{"hello":1}', { status: 200 }));
    expect(wrongShape).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });
});
