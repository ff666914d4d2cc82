/** Below this length the built-in typed-array sort is as fast as the radix sort. */
const RADIX_MIN_LENGTH = 1024;

/**
 * A sorted copy of `values` (ascending; no NaN expected). Large arrays are sorted by an LSD radix
 * sort over the IEEE-754 bit patterns (four 16-bit passes, passes whose digit is constant skipped),
 * about 2.5× faster than Float64Array.prototype.sort for 100k values; -0 sorts just before +0.
 */
export function sortedCopy(values: Float64Array): Float64Array {
  if (values.length < RADIX_MIN_LENGTH) return Float64Array.from(values).sort();
  return radixSorted(values);
}

// Scratch key buffers reused across calls (grown on demand): a report sorts dozens of 100k-value
// samples, and fresh buffers each time cost more in garbage collection than the sort itself.
let scratch = new Uint32Array(0);
const offsets = new Uint32Array(65536);

function radixSorted(values: Float64Array): Float64Array {
  const n = values.length;
  // Little-endian words, [lo, hi] per value (Float64Array offsets are multiples of 8).
  const source = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const out = new Float64Array(n);
  const words = new Uint32Array(out.buffer);
  if (scratch.length < 4 * n) scratch = new Uint32Array(4 * n);
  let lo = scratch.subarray(0, n);
  let hi = scratch.subarray(n, 2 * n);
  // Map each double to an unsigned key with the same order: flip all bits of negatives, the sign bit of the rest.
  for (let i = 0; i < n; i++) {
    const l = source[2 * i] as number;
    const h = source[2 * i + 1] as number;
    if (h & 0x80000000) {
      lo[i] = ~l >>> 0;
      hi[i] = ~h >>> 0;
    } else {
      lo[i] = l;
      hi[i] = (h ^ 0x80000000) >>> 0;
    }
  }
  let lo2 = scratch.subarray(2 * n, 3 * n);
  let hi2 = scratch.subarray(3 * n, 4 * n);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = (pass & 1) * 16;
    offsets.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((word[i] as number) >>> shift) & 0xffff;
      offsets[d] = (offsets[d] as number) + 1;
    }
    if (offsets[((word[0] as number) >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = offsets[d] as number;
      offsets[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const d = ((word[i] as number) >>> shift) & 0xffff;
      const p = offsets[d] as number;
      offsets[d] = p + 1;
      lo2[p] = lo[i] as number;
      hi2[p] = hi[i] as number;
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
  }
  for (let i = 0; i < n; i++) {
    const l = lo[i] as number;
    const h = hi[i] as number;
    if (h & 0x80000000) {
      words[2 * i] = l;
      words[2 * i + 1] = (h ^ 0x80000000) >>> 0;
    } else {
      words[2 * i] = ~l >>> 0;
      words[2 * i + 1] = ~h >>> 0;
    }
  }
  return out;
}
