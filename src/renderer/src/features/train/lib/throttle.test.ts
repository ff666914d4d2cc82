import { afterEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

afterEach(() => vi.useRealTimers());

describe('throttle', () => {
  it('folds calls within the interval into one run, and runs again after it', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const t = throttle(fn, 500);
    t();
    t();
    t();
    expect(fn).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
    t();
    vi.advanceTimersByTime(499);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('drops a pending run when cancelled', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const t = throttle(fn, 100);
    t();
    t.cancel();
    vi.advanceTimersByTime(200);
    expect(fn).not.toHaveBeenCalled();
  });
});
