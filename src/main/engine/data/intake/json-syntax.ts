/**
 * Where a JSON text first goes wrong (JSON.parse's messages do not always say): a small
 * recursive-descent checker returning the offset of the first error, or -1 when the text is valid.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const fail = { at: -1 };
  const value = (depth: number): boolean => {
    if (depth > 10_000) {
      fail.at = i;
      return false;
    }
    ws();
    if (i >= n) {
      fail.at = i;
      return false;
    }
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return true;
      }
      for (;;) {
        ws();
        if (text[i] !== '"' || !string()) {
          if (fail.at < 0) fail.at = i;
          return false;
        }
        ws();
        if (text[i] !== ':') {
          fail.at = i;
          return false;
        }
        i++;
        if (!value(depth + 1)) return false;
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return true;
        }
        fail.at = i;
        return false;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return true;
      }
      for (;;) {
        if (!value(depth + 1)) return false;
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return true;
        }
        fail.at = i;
        return false;
      }
    }
    if (c === '"') {
      if (string()) return true;
      if (fail.at < 0) fail.at = i;
      return false;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && m[0].length > 0) {
      i += m[0].length;
      return true;
    }
    fail.at = i;
    return false;
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) {
        fail.at = i;
        return false;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            fail.at = i;
            return false;
          }
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          fail.at = i;
          return false;
        }
        i += 2;
        continue;
      }
      i++;
    }
    fail.at = i;
    return false;
  };
  if (!value(0)) return fail.at < 0 ? i : fail.at;
  ws();
  return i < n ? i : -1;
}

/** 1-based line and column of an offset in text, counting from a starting line. */
export function lineColumn(
  text: string,
  offset: number,
  firstLine = 1,
  firstColumn = 1,
): { line: number; column: number } {
  let line = firstLine;
  let lineStart = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i;
    }
  }
  return { line, column: lineStart < 0 ? firstColumn + offset : offset - lineStart };
}
