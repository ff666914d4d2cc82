/** UTF-8 validation over bytes (no decoding): where the first invalid byte is, or -1. */
export function invalidUtf8At(buf: Uint8Array, s: number, e: number): number {
  let i = s;
  while (i < e) {
    const c = buf[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= e) return i;
    const b = buf[i + 1] as number;
    if (b < lo || b > hi) return i;
    for (let k = 2; k <= need; k++) {
      const x = buf[i + k] as number;
      if (x < 0x80 || x > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** True when every byte is ASCII. */
export function isAscii(buf: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if ((buf[i] as number) >= 0x80) return false;
  return true;
}

const fatal = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Decode bytes that were already validated (or that may hold replacement characters). */
export function decodeUtf8(buf: Uint8Array, s: number, e: number): string {
  return lenient.decode(buf.subarray(s, e));
}

/** Decode, throwing a TypeError on invalid UTF-8. */
export function decodeUtf8Strict(buf: Uint8Array, s: number, e: number): string {
  return fatal.decode(buf.subarray(s, e));
}
