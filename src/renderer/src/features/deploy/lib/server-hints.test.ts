import { describe, expect, it } from 'vitest';
import { serverHint } from './server-hints';
import { isLoopback, listensEverywhere, maskToken } from './token';

describe('server hints', () => {
  it('tells what to do when the port is taken or not allowed', () => {
    expect(serverHint('listen EADDRINUSE: address already in use 127.0.0.1:5280')).toMatch(
      /^Another program listens on that port: stop it, or choose another port/,
    );
    expect(serverHint('listen EACCES: permission denied 0.0.0.0:80')).toMatch(/^Ports below 1024/);
    expect(serverHint('the model failed to load')).toBeNull();
    // The engine's messages already say what to do: no second hint.
    expect(
      serverHint(
        'port 5280 on 127.0.0.1 is in use by another program (or another AI Factory); choose another port (setting serve.port, or --port) and start again',
      ),
    ).toBeNull();
  });

  it('masks tokens and classifies hosts', () => {
    expect(maskToken('abcdefgh12345678')).toBe('••••••••5678');
    expect(maskToken('short')).toBe('••••••••');
    expect([listensEverywhere('0.0.0.0'), listensEverywhere('::'), listensEverywhere('127.0.0.1')]).toEqual([
      true,
      true,
      false,
    ]);
    expect([
      isLoopback('127.0.0.1'),
      isLoopback('127.0.1.1'),
      isLoopback('::1'),
      isLoopback('0.0.0.0'),
    ]).toEqual([true, true, true, false]);
  });
});
