/** Whole-row batches of a delimited file: a ChunkReader feeding the tokenizer, with errors mapped to messages. */
import type { FileHandle } from 'node:fs/promises';
import { ChunkReader } from './chunk-reader.js';
import { type FieldBatch, TokenizerError, type TokenizerState, tokenize } from './csv-tokenizer.js';
import { fieldTooLarge, rowTooLarge, textAfterQuote, unterminatedQuote } from './intake-errors.js';
import { MAX_FIELD_BYTES, MAX_ROW_BYTES } from './limits.js';

export class CsvSource {
  readonly reader: ChunkReader;
  /** Column names, once known (for error messages). */
  names: string[] | undefined;
  private pos = 0;
  private readonly st: TokenizerState = {
    line: 1,
    incomplete: false,
    partialFieldStart: 0,
    partialColumn: 0,
    partialLine: 1,
  };

  constructor(
    readonly path: string,
    fh: FileHandle,
    size: number,
    start: number,
    private readonly delim: number,
    chunkBytes?: number,
  ) {
    this.reader = new ChunkReader(fh, size, start, chunkBytes);
  }

  /** File offset just after the last row returned. */
  get consumed(): number {
    return this.reader.fileOffset + this.pos;
  }

  /** Bytes of the file read so far. */
  get bytesRead(): number {
    return this.reader.position;
  }

  /** Fills `batch` with up to maxRows whole rows; false at the end of the file. */
  async next(batch: FieldBatch, maxRows: number): Promise<boolean> {
    const reader = this.reader;
    for (;;) {
      if (this.pos < reader.len) {
        let consumed: number;
        try {
          consumed = tokenize(
            reader.buf,
            this.pos,
            reader.len,
            reader.eof,
            this.delim,
            batch,
            maxRows,
            this.st,
          );
        } catch (err) {
          throw this.mapError(err);
        }
        this.pos = consumed;
        batch.fileOffset = reader.fileOffset;
        if (batch.rows > 0) return true;
        if (!this.st.incomplete && reader.eof) return false;
      } else if (reader.eof) {
        return false;
      }
      if (this.st.incomplete) {
        const partial = reader.len - this.st.partialFieldStart;
        if (partial > MAX_FIELD_BYTES) {
          const name = this.names?.[this.st.partialColumn];
          throw fieldTooLarge(this.path, this.st.partialLine, this.st.partialColumn, partial, name);
        }
        if (reader.len - this.pos >= MAX_ROW_BYTES) throw rowTooLarge(this.path, this.st.partialLine);
      }
      await reader.refill(this.pos);
      this.pos = 0;
    }
  }

  private mapError(err: unknown): unknown {
    if (!(err instanceof TokenizerError)) return err;
    const f = err.failure;
    const name = this.names?.[f.column];
    switch (f.kind) {
      case 'unterminated':
        return unterminatedQuote(this.path, f.line, f.column, name);
      case 'after_quote':
        return textAfterQuote(this.path, f.line, f.column, name);
      case 'field_too_large':
        return fieldTooLarge(this.path, f.line, f.column, f.bytes, name);
    }
  }
}
