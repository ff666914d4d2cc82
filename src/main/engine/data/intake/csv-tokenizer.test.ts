import { describe, expect, it } from 'vitest';
import { fieldText } from './csv-sniff.js';
import { FieldBatch, TokenizerError, type TokenizerState, tokenize } from './csv-tokenizer.js';

function state(): TokenizerState {
  return { line: 1, incomplete: false, partialFieldStart: 0, partialColumn: 0, partialLine: 1 };
}

/** All rows of `text` as strings, read in one call (eof) — plus each row's starting line. */
function rowsOf(text: string, delim = ','): { rows: string[][]; lines: number[] } {
  const buf = Buffer.from(text, 'utf8');
  const b = new FieldBatch(64, 64);
  const st = state();
  tokenize(buf, 0, buf.length, true, delim.charCodeAt(0), b, 1000, st);
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let r = 0; r < b.rows; r++) {
    const row: string[] = [];
    for (let k = b.rowStart[r] as number; k < (b.rowStart[r + 1] as number); k++) row.push(fieldText(b, k));
    rows.push(row);
    lines.push(b.rowLine[r] as number);
  }
  return { rows, lines };
}

describe('tokenize', () => {
  it('splits plain rows, trims unquoted spaces, keeps empty fields', () => {
    expect(rowsOf('a,b,c\n1, 2 ,\n,,x\n').rows).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', ''],
      ['', '', 'x'],
    ]);
  });

  it('reads RFC 4180 quoted fields: delimiters, doubled quotes and newlines inside', () => {
    const { rows, lines } = rowsOf('id,text\n1,"a, b"\n2,"say ""hi"""\n3,"line one\nline two"\n4,""\n');
    expect(rows).toEqual([
      ['id', 'text'],
      ['1', 'a, b'],
      ['2', 'say "hi"'],
      ['3', 'line one\nline two'],
      ['4', ''],
    ]);
    expect(lines).toEqual([1, 2, 3, 4, 6]);
  });

  it('handles CRLF, a last row without a newline, and skips blank lines', () => {
    expect(rowsOf('a;b\r\n1;2\r\n\r\n3;4', ';').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(rowsOf('x\ty\n\n\n1\t2\n', '\t').rows).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
  });

  it('keeps a cut row for the next call and resumes exactly', () => {
    const text = 'a,b\n1,"x\ny"\n22,33\n';
    const buf = Buffer.from(text);
    for (let cut = 1; cut < buf.length; cut++) {
      const st = state();
      const b = new FieldBatch(64, 64);
      const seen: string[][] = [];
      // First call sees only `cut` bytes (not eof), the second the rest.
      let pos = tokenize(buf, 0, cut, false, 44, b, 100, st);
      for (let r = 0; r < b.rows; r++) seen.push([fieldText(b, r * 2), fieldText(b, r * 2 + 1)]);
      pos = tokenize(buf, pos, buf.length, true, 44, b, 100, st);
      for (let r = 0; r < b.rows; r++) seen.push([fieldText(b, r * 2), fieldText(b, r * 2 + 1)]);
      expect(pos).toBe(buf.length);
      expect(seen).toEqual([
        ['a', 'b'],
        ['1', 'x\ny'],
        ['22', '33'],
      ]);
    }
  });

  it('fails on an unterminated quote at the end of the file, naming the line it opened on', () => {
    const buf = Buffer.from('a,b\n1,2\n3,"open\nmore\n');
    try {
      tokenize(buf, 0, buf.length, true, 44, new FieldBatch(), 100, state());
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(TokenizerError);
      expect((err as TokenizerError).failure).toEqual({ kind: 'unterminated', line: 3, column: 1 });
    }
  });

  it('fails on text after a closing quote', () => {
    const buf = Buffer.from('a,b\n"x"y,2\n');
    expect(() => tokenize(buf, 0, buf.length, true, 44, new FieldBatch(), 100, state())).toThrow(
      TokenizerError,
    );
  });

  it('records the field count of ragged rows (the caller reports them)', () => {
    const buf = Buffer.from('a,b,c\n1,2\n1,2,3,4\n');
    const b = new FieldBatch();
    tokenize(buf, 0, buf.length, true, 44, b, 100, state());
    expect([b.fieldCount(0), b.fieldCount(1), b.fieldCount(2)]).toEqual([3, 2, 4]);
  });
});
