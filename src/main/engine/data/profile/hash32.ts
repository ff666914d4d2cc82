/** murmur3's 32-bit finaliser: spreads every input bit over the whole word. */
export function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** murmur3_32 mixing step for one 32-bit block. */
export function mix32(h: number, k: number): number {
  let x = Math.imul(k, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

/** A 32-bit hash of a float64 given as its two 32-bit halves (murmur3_32 over 8 bytes). */
export function hashFloatBits(lo: number, hi: number): number {
  return fmix32(mix32(mix32(0, lo), hi) ^ 8);
}

/** A 32-bit hash of bytes[start..end) (murmur3_32, 4 bytes at a time). */
export function hashBytes(bytes: Uint8Array, start: number, end: number, seed = 0): number {
  let h = seed | 0;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    const k =
      (bytes[i] as number) |
      ((bytes[i + 1] as number) << 8) |
      ((bytes[i + 2] as number) << 16) |
      ((bytes[i + 3] as number) << 24);
    h = mix32(h, k);
  }
  let k = 0;
  for (let s = 0; i < end; i++, s += 8) k |= (bytes[i] as number) << s;
  if (end - start > 0 && (end - start) % 4 !== 0) {
    let x = Math.imul(k, 0xcc9e2d51);
    x = (x << 15) | (x >>> 17);
    h ^= Math.imul(x, 0x1b873593);
  }
  return fmix32(h ^ (end - start));
}
