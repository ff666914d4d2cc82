import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { importError, load, TempDir } from './test-helpers.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

describe('bad input is refused with a message naming the file, the place and the fix', () => {
  it('a path that does not exist', async () => {
    const e = await importError(tmp.path('nope.csv'));
    expect(e.kind).toBe('invalid_input');
    expect(e.message).toMatch(/File not found: .*nope\.csv/);
  });

  it('a directory', async () => {
    const dir = tmp.path('folder.csv');
    mkdirSync(dir);
    const e = await importError(dir);
    expect(e.message).toMatch(/folder\.csv is a folder, not a file/);
  });

  it('an empty file, and one with only a BOM and blank lines', async () => {
    expect((await importError(tmp.file('empty.csv', ''))).message).toMatch(/^empty\.csv: the file is empty/);
    expect((await importError(tmp.file('blank.csv', '\uFEFF\r\n\n  \n'))).message).toMatch(
      /^blank\.csv: the file is empty/,
    );
  });

  it('a header without data rows', async () => {
    const e = await importError(tmp.file('header.csv', 'a,b,c\n'));
    expect(e.message).toMatch(/^header\.csv: the file has a header row but no data rows/);
  });

  it('ragged rows: more or fewer fields than the header, with the line and both counts', async () => {
    const more = await importError(tmp.file('more.csv', 'a,b,c\n1,2,3\n4,5,6\n7,8,9,10\n'));
    expect(more.message).toMatch(
      /^more\.csv: line 4 has 4 fields but the header has 3 \(expected 3, found 4\)/,
    );
    const fewer = await importError(tmp.file('fewer.csv', 'a,b,c\n1,2,3\n"x\ny",5\n'));
    expect(fewer.message).toMatch(/line 3 has 2 fields but the header has 3 \(expected 3, found 2\)/);
    // Past the sample too (the main pass checks every row).
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},${i}`);
    rows[15_000] = '1,2,3';
    const late = await importError(tmp.file('late.csv', `a,b\n${rows.join('\n')}\n`));
    expect(late.message).toMatch(/line 15002 has 3 fields .*expected 2, found 3/);
  });

  it('an unterminated quote, naming the line where it opened', async () => {
    const e = await importError(tmp.file('quote.csv', 'a,b\n1,2\n3,"never closed\n4,5\n6,7\n'));
    expect(e.message).toMatch(
      /^quote\.csv: the quoted field that opens on line 3 \(column 2 \("b"\)\) is never closed/,
    );
  });

  it('text after a closing quote', async () => {
    const e = await importError(tmp.file('after.csv', 'a,b\n1,"x"y\n'));
    expect(e.message).toMatch(/line 2, column 2 \("b"\): unexpected text after a closing quote/);
  });

  it('binary files: NUL bytes, PNG, gzip', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await importError(tmp.file('img.csv', png))).message).toMatch(
      /looks like a binary file \(a PNG image\)/,
    );
    const gz = gzipSync(Buffer.from('a,b\n1,2\n'));
    expect((await importError(tmp.file('data.csv.gz', gz))).message).toMatch(
      /looks like a binary file \(gzip-compressed\)/,
    );
    const nul = Buffer.concat([Buffer.from('a,b\n1,'), Buffer.from([0]), Buffer.from('\n')]);
    expect((await importError(tmp.file('nul.csv', nul))).message).toMatch(
      /looks like a binary file \(it holds a NUL byte at byte offset 6\)/,
    );
    const utf16 = Buffer.from('\uFEFFa,b\n1,2\n', 'utf16le');
    expect((await importError(tmp.file('u16.csv', utf16))).message).toMatch(/UTF-16/);
  });

  it('invalid UTF-8, with line, column and byte offset', async () => {
    const bytes = Buffer.concat([
      Buffer.from('name,n\nok,1\nb'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('d,2\n'),
    ]);
    const e = await importError(tmp.file('latin.csv', bytes));
    expect(e.message).toMatch(
      /^latin\.csv: invalid UTF-8 at line 3, column 1 \("name"\) \(byte offset 13 in the file\)/,
    );
    // In a numeric column (an offender value) and in the header.
    const num = Buffer.concat([Buffer.from('n\n1\n2\n'), Buffer.from([0xff]), Buffer.from('\n')]);
    expect((await importError(tmp.file('num.csv', num))).message).toMatch(
      /invalid UTF-8 at line 4, column 1 \("n"\) \(byte offset 6/,
    );
    const head = Buffer.concat([Buffer.from('a,'), Buffer.from([0xe2, 0x82]), Buffer.from('\n1,2\n')]);
    expect((await importError(tmp.file('head.csv', head), { header: 'yes' })).message).toMatch(
      /invalid UTF-8 at line 1, column 2/,
    );
  });

  it('a field over the 16 MB limit fails clearly', async () => {
    const big = 'y'.repeat(17 * 1024 * 1024);
    const e = await importError(tmp.file('huge.csv', `id,blob\n1,"${big}"\n`));
    expect(e.message).toMatch(
      /line 2, column 2 \("blob"\): a field of at least 1[67] MB exceeds the limit of 16 MB per field/,
    );
  });

  it('empty and duplicate column names', async () => {
    expect((await importError(tmp.file('e1.csv', 'a,b,,d\n1,2,3,4\n'))).message).toMatch(
      /^e1\.csv: column 3 has an empty name/,
    );
    expect((await importError(tmp.file('e2.csv', 'id,age,x,y,age\n1,2,3,4,5\n'))).message).toMatch(
      /columns 2 and 5 are both named "age"/,
    );
    expect((await importError(tmp.file('e3.csv', ',,x\n1,2,3\n'))).message).toMatch(
      /columns 1, 2 have empty names/,
    );
  });

  it('more than 10,000 columns', async () => {
    const header = Array.from({ length: 10_001 }, (_, i) => `c${i}`).join(',');
    const e = await importError(tmp.file('wide.csv', `${header}\n${header.replaceAll('c', '')}\n`));
    expect(e.message).toMatch(/10,001 fields; at most 10,000 columns are supported/);
  });

  it('a bad delimiter option', async () => {
    const e = await importError(tmp.file('d.csv', 'a,b\n1,2\n'), { delimiter: '::' });
    expect(e.message).toMatch(/the delimiter "::" cannot be used/);
  });

  it('JSON that is not an array of objects', async () => {
    expect((await importError(tmp.file('obj.json', '{"a": 1, "b": 2}'))).message).toMatch(
      /^obj\.json: line 1, column 1: the file holds a single JSON object, not an array of objects/,
    );
    expect((await importError(tmp.file('nums.json', '[1, 2, 3]'))).message).toMatch(
      /line 1, column 2: element 1 of the array is a number, not an object/,
    );
    expect((await importError(tmp.file('mixed.json', '[{"a":1},\n "x"]'))).message).toMatch(
      /line 2, column 2: element 2 of the array is a string, not an object/,
    );
    expect((await importError(tmp.file('str.json', '"hello"'))).message).toMatch(/starts with a string/);
    expect((await importError(tmp.file('emptyarr.json', '[ ]'))).message).toMatch(/holds no records/);
  });

  it('invalid JSON, with its line and column', async () => {
    const e = await importError(tmp.file('bad.json', '[\n  {"a": 1},\n  {"a": 2,, "b": 3}\n]'));
    expect(e.message).toMatch(/^bad\.json: invalid JSON at line 3, column 11 \(in element 2\)/);
    const open = await importError(tmp.file('open.json', '[{"a": 1}, {"a": 2}'));
    expect(open.message).toMatch(/line 1, column 20: the array is not closed/);
    const lines = await importError(tmp.file('bad.jsonl', '{"a":1}\n{"a":2}\n{"a": tru}\n'));
    expect(lines.message).toMatch(/^bad\.jsonl: invalid JSON at line 3, column 7/);
    const notObj = await importError(tmp.file('arr.jsonl', '{"a":1}\n[1,2]\n'));
    expect(notObj.message).toMatch(/line 2, column 1: an array where a JSON object was expected/);
  });

  it('a type override for a missing column', async () => {
    const e = await importError(tmp.file('t.jsonl', '{"a":1}\n'), { types: { b: 'float' } });
    expect(e.message).toMatch(/a type is given for column "b", which the file does not have/);
  });

  it('does not refuse what is merely unusual', async () => {
    const t = await load(tmp.file('one.csv', 'only\n1\n2\n'));
    expect(t.table.rowCount).toBe(2);
  });
});
