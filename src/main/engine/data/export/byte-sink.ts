const encoder = new TextEncoder();

/** A growable byte buffer the CSV rows are written into before each chunk goes to disk. */
export class ByteSink {
  buf: Uint8Array;
  at = 0;

  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity);
  }

  reserve(extra: number): void {
    if (this.at + extra <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.at + extra, this.buf.length * 2));
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
  }

  byte(b: number): void {
    this.reserve(1);
    this.buf[this.at++] = b;
  }

  /** A string known to be ASCII (numbers, ISO dates, true/false). */
  ascii(s: string): void {
    this.reserve(s.length);
    const buf = this.buf;
    let at = this.at;
    for (let k = 0; k < s.length; k++) buf[at++] = s.charCodeAt(k);
    this.at = at;
  }

  utf8(s: string): void {
    this.reserve(s.length * 3);
    this.at += encoder.encodeInto(s, this.buf.subarray(this.at)).written;
  }

  bytes(src: Uint8Array, start = 0, end = src.length): void {
    const n = end - start;
    this.reserve(n);
    const buf = this.buf;
    let at = this.at;
    if (n < 64) for (let k = start; k < end; k++) buf[at++] = src[k] as number;
    else {
      buf.set(src.subarray(start, end), at);
      at += n;
    }
    this.at = at;
  }

  /** The bytes written so far; the sink starts over (the returned view is valid until the next write). */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.at);
    this.at = 0;
    return out;
  }
}
