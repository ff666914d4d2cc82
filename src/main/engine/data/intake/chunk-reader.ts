/**
 * Reads a file in fixed-size chunks into one reusable buffer, keeping the unconsumed tail (a cut
 * row or record) at the front for the next read. The buffer grows only when one row does not fit.
 */
import type { FileHandle } from 'node:fs/promises';
import { CHUNK_BYTES } from './limits.js';

export class ChunkReader {
  buf: Buffer;
  /** Valid bytes in buf. */
  len = 0;
  /** File offset of buf[0]. */
  fileOffset: number;
  eof = false;
  private filePos: number;

  constructor(
    private readonly fh: FileHandle,
    readonly size: number,
    start: number,
    chunkBytes = CHUNK_BYTES,
  ) {
    this.buf = Buffer.allocUnsafe(chunkBytes);
    this.filePos = start;
    this.fileOffset = start;
    this.eof = start >= size;
  }

  /** Bytes of the file read so far. */
  get position(): number {
    return this.filePos;
  }

  /**
   * Drops buf[0, keepFrom) and reads more after the rest; doubles the buffer when the kept tail
   * already fills it (callers bound the tail's size). Does nothing at the end of the file.
   */
  async refill(keepFrom: number): Promise<void> {
    if (this.eof) return;
    const keep = this.len - keepFrom;
    if (keepFrom > 0) {
      this.buf.copy(this.buf, 0, keepFrom, this.len);
      this.fileOffset += keepFrom;
      this.len = keep;
    }
    if (this.len >= this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    while (this.len < this.buf.length && this.filePos < this.size) {
      const want = Math.min(this.buf.length - this.len, this.size - this.filePos);
      const { bytesRead } = await this.fh.read(this.buf, this.len, want, this.filePos);
      if (bytesRead === 0) break;
      this.len += bytesRead;
      this.filePos += bytesRead;
    }
    if (this.filePos >= this.size) this.eof = true;
  }
}
