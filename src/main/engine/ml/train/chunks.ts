/** How many rows to transform at once: about 32 MB of model input, 8k–64k rows, whole batches. */
export function chunkRows(batchSize: number, bytesPerRow: number): number {
  const byBytes = Math.floor((32 << 20) / Math.max(1, bytesPerRow));
  const rows = Math.min(65_536, Math.max(8_192, byBytes));
  return Math.max(batchSize, Math.floor(rows / batchSize) * batchSize);
}

/** Input bytes per row: dense floats plus text token ids. */
export function inputBytesPerRow(denseWidth: number, textLengths: readonly number[]): number {
  return 4 * (denseWidth + textLengths.reduce((a, b) => a + b, 0));
}

/** Lets pending events (a cancel message, timers) run. */
export const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
