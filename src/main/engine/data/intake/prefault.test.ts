import { describe, expect, it } from 'vitest';
import { Prefaulter } from './prefault.js';

describe('Prefaulter', () => {
  it('only switches on for big tables', () => {
    expect(Prefaulter.forSize(1000, 20).enabled).toBe(false);
    expect(Prefaulter.forSize(1_000_000, 20).enabled).toBe(true);
    const off = new Prefaulter(false);
    expect(off.float64(10).buffer).toBeInstanceOf(ArrayBuffer);
  });

  it('never changes values the parser writes while the helper touches pages', async () => {
    const p = new Prefaulter(true);
    const n = 4_000_000;
    const f = p.float64(n);
    const k = p.int32(n);
    expect(f.buffer).toBeInstanceOf(SharedArrayBuffer);
    p.start(n);
    for (let i = 0; i < n; i++) {
      f[i] = i + 0.5;
      k[i] = (i % 7) + 1;
      if (i % 500_000 === 0) await new Promise((r) => setTimeout(r, 1));
    }
    p.stop();
    let bad = 0;
    for (let i = 0; i < n; i++) if (f[i] !== i + 0.5 || k[i] !== (i % 7) + 1) bad++;
    expect(bad).toBe(0);
  });
});
