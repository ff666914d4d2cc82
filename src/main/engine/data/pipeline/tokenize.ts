/** Text features: lowercase, split on anything that is not a letter or digit (Unicode-aware). */
const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string, lowercase: boolean): string[] {
  return (lowercase ? text.toLowerCase() : text).match(WORD) ?? [];
}

/** Token ids for one text into ids[at … at+maxLength): 0 pads, 1 is unknown, vocabulary[i] is i + 2. */
export function writeTokenIds(
  text: string | null,
  index: ReadonlyMap<string, number>,
  lowercase: boolean,
  ids: Int32Array,
  at: number,
  maxLength: number,
): void {
  if (text === null) return;
  const tokens = tokenize(text, lowercase);
  const n = Math.min(tokens.length, maxLength);
  for (let k = 0; k < n; k++) ids[at + k] = index.get(tokens[k] as string) ?? 1;
}

/** token → id (vocabulary[i] → i + 2). */
export function tokenIndex(vocabulary: readonly string[]): Map<string, number> {
  return new Map(vocabulary.map((t, i) => [t, i + 2]));
}
