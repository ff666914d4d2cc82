import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-delay';

describe('reconnectDelay', () => {
  it('starts at half a second and doubles', () => {
    expect([0, 1, 2, 3].map(reconnectDelay)).toEqual([500, 1000, 2000, 4000]);
  });

  it('never waits more than ten seconds', () => {
    expect(reconnectDelay(5)).toBe(10_000);
    expect(reconnectDelay(1000)).toBe(10_000);
  });

  it('treats a negative attempt as the first', () => {
    expect(reconnectDelay(-3)).toBe(500);
  });
});
