/**
 * A dictionary of byte strings (open addressing over FNV-1a hashes): maps each distinct value to a
 * code in first-seen order without making a JS string per field. Keeps per value its count and the
 * row where it first appeared.
 */
export class ByteDict {
  /** The values' bytes, one after another: value i is pool[offsets[i] .. offsets[i+1]). */
  pool = new Uint8Array(4096);
  offsets = new Int32Array(257);
  counts = new Int32Array(256);
  firstRow = new Int32Array(256);
  size = 0;
  /** True when the last add() inserted a new value. */
  inserted = false;
  private hashes = new Int32Array(256);
  private table = new Int32Array(1024);
  private mask = 1023;

  /** The code of bytes [s, e), adding them when new. */
  add(buf: Uint8Array, s: number, e: number, row: number): number {
    let h = -2128831035; // 0x811c9dc5
    for (let p = s; p < e; p++) h = Math.imul(h ^ (buf[p] as number), 16777619);
    const table = this.table;
    const mask = this.mask;
    const len = e - s;
    let slot = h & mask;
    for (;;) {
      const t = table[slot] as number;
      if (t === 0) break;
      const idx = t - 1;
      if (this.hashes[idx] === h) {
        const os = this.offsets[idx] as number;
        if ((this.offsets[idx + 1] as number) - os === len) {
          const pool = this.pool;
          let q = 0;
          while (q < len && pool[os + q] === buf[s + q]) q++;
          if (q === len) {
            this.counts[idx] = (this.counts[idx] as number) + 1;
            this.inserted = false;
            return idx;
          }
        }
      }
      slot = (slot + 1) & mask;
    }
    this.inserted = true;
    return this.insert(buf, s, e, row, h, slot);
  }

  private insert(buf: Uint8Array, s: number, e: number, row: number, h: number, slot: number): number {
    const idx = this.size;
    if (idx + 1 >= this.counts.length) this.growEntries();
    const start = this.offsets[idx] as number;
    const end = start + (e - s);
    if (end > this.pool.length) {
      let cap = this.pool.length * 2;
      while (cap < end) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.pool.subarray(0, start));
      this.pool = next;
    }
    this.pool.set(buf.subarray(s, e), start);
    this.offsets[idx + 1] = end;
    this.hashes[idx] = h;
    this.counts[idx] = 1;
    this.firstRow[idx] = row;
    this.size = idx + 1;
    this.table[slot] = idx + 1;
    if (this.size * 2 > this.mask) this.rehash();
    return idx;
  }

  private growEntries(): void {
    const cap = this.counts.length * 2;
    const grow32 = (a: Int32Array, n: number) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.offsets = grow32(this.offsets, cap + 1);
    this.counts = grow32(this.counts, cap);
    this.firstRow = grow32(this.firstRow, cap);
    this.hashes = grow32(this.hashes, cap);
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < this.size; i++) {
      let slot = (this.hashes[i] as number) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = i + 1;
    }
    this.table = table;
    this.mask = mask;
  }

  /** Start and end of value i in `pool`. */
  start(i: number): number {
    return this.offsets[i] as number;
  }

  end(i: number): number {
    return this.offsets[i + 1] as number;
  }
}
