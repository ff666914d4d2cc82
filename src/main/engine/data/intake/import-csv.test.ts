import { afterAll, describe, expect, it } from 'vitest';
import { InferenceEvidence } from '../../../../shared/data.js';
import { STORAGE_OF } from '../table/types.js';
import { importFile } from './import-file.js';
import { CHUNK_BYTES } from './limits.js';
import { cells, column, load, TempDir } from './test-helpers.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

describe('CSV dialects', () => {
  it('detects , ; tab and | delimiters and reports csv / tsv', async () => {
    for (const [d, name] of [
      [',', 'c.csv'],
      [';', 's.csv'],
      ['\t', 't.txt'],
      ['|', 'p.dat'],
    ] as const) {
      const text = ['name,x', 'a,1', 'b,2', 'c b,3'].map((l) => l.replaceAll(',', d)).join('\n');
      const t = await load(tmp.file(name, text));
      expect(t.table.columns.map((c) => c.name)).toEqual(['name', 'x']);
      expect(cells(t, 'x')).toEqual([1, 2, 3]);
      expect(cells(t, 'name')).toEqual(['a', 'b', 'c b']);
      expect(t.format).toBe(d === '\t' ? 'tsv' : 'csv');
    }
  });

  it('prefers the delimiter that splits rows consistently over one that is merely frequent', async () => {
    // Commas are inside the values; semicolons separate the fields.
    const t = await load(tmp.file('semi.csv', 'a;b\n"1,5";x,y\n"2,5";z,w\n'));
    expect(t.table.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(cells(t, 'b')).toEqual(['x,y', 'z,w']);
  });

  it('reads a .tsv file whose values hold commas', async () => {
    const t = await load(tmp.file('x.tsv', 'name\tnote\nA\t1, 2\nB\t3, 4\n'));
    expect(t.format).toBe('tsv');
    expect(cells(t, 'note')).toEqual(['1, 2', '3, 4']);
  });

  it('uses the delimiter given, including "\\t"', async () => {
    const t = await load(tmp.file('given.txt', 'a,b\tc\n1,2\t3\n'), { delimiter: '\\t' });
    expect(t.table.columns.map((c) => c.name)).toEqual(['a,b', 'c']);
  });

  it('reads quoted fields with embedded delimiters, doubled quotes and newlines', async () => {
    const text = 'id,comment,n\n1,"hello, world",10\n2,"she said ""no""",20\n3,"two\nlines",30\n4,plain,40\n';
    const t = await load(tmp.file('quoted.csv', text));
    expect(t.table.rowCount).toBe(4);
    expect(cells(t, 'comment')).toEqual(['hello, world', 'she said "no"', 'two\nlines', 'plain']);
    expect(cells(t, 'n')).toEqual([10, 20, 30, 40]);
  });

  it('reads a UTF-8 BOM + CRLF file', async () => {
    const text = '\uFEFFcity,temp\r\nZürich,1.5\r\nSão Paulo,25\r\n';
    const t = await load(tmp.file('bom.csv', text));
    expect(t.table.columns.map((c) => c.name)).toEqual(['city', 'temp']);
    expect(cells(t, 'city')).toEqual(['Zürich', 'São Paulo']);
    expect(cells(t, 'temp')).toEqual([1.5, 25]);
  });

  it('detects a header, or its absence, and names columns column_1… without one', async () => {
    const withHeader = await load(tmp.file('h.csv', 'a,b\n1,2\n3,4\n'));
    expect(withHeader.table.rowCount).toBe(2);
    const without = await load(tmp.file('nh.csv', '1,x\n2,y\n3,x\n'));
    expect(without.table.columns.map((c) => c.name)).toEqual(['column_1', 'column_2']);
    expect(without.table.rowCount).toBe(3);
    expect(cells(without, 'column_1')).toEqual([1, 2, 3]);
    // All text: a first row whose values recur below is data.
    const text = await load(tmp.file('nh2.csv', 'red,big\nblue,small\nred,small\n'));
    expect(text.table.columns.map((c) => c.name)).toEqual(['column_1', 'column_2']);
    const forced = await load(tmp.file('nh3.csv', 'a,b\n1,2\n'), { header: 'no' });
    expect(forced.table.rowCount).toBe(2);
    expect(cells(forced, 'column_1')).toEqual(['a', '1']);
    const yes = await load(tmp.file('h4.csv', '1,2\n3,4\n'), { header: 'yes' });
    expect(yes.table.columns.map((c) => c.name)).toEqual(['1', '2']);
  });

  it('a final row without a newline and trailing blank lines are fine', async () => {
    const t = await load(tmp.file('tail.csv', 'a,b\n1,2\n3,4\n\n\n'));
    expect(t.table.rowCount).toBe(2);
    const u = await load(tmp.file('tail2.csv', 'a,b\n1,2\n3,4'));
    expect(cells(u, 'b')).toEqual([2, 4]);
  });
});

describe('schema inference', () => {
  const rows = 40;
  const lines = ['int,float,flag,day,stamp,zip,cat,id,note,allna'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      [
        i % 10 === 3 ? 'NA' : String(i * 3 - 7),
        (i / 4).toFixed(2),
        i % 3 === 0 ? 'true' : 'False',
        `2024-03-${String((i % 28) + 1).padStart(2, '0')}`,
        `2024-03-01T${String(i % 24).padStart(2, '0')}:15:00Z`,
        String(1000 + (i % 10)).padStart(5, '0'),
        ['red', 'green', 'blue'][i % 3],
        `user_${i}`,
        `"This is a fairly long free text note number ${i}, with words"`,
        i % 2 ? '' : '?',
      ].join(','),
    );
  }
  let t: Awaited<ReturnType<typeof load>>;
  it('imports', async () => {
    t = await load(tmp.file('kinds.csv', `${lines.join('\n')}\n`));
    expect(t.table.rowCount).toBe(rows);
  });

  it('infers each type', () => {
    const types = Object.fromEntries(t.table.columns.map((c) => [c.name, c.type]));
    expect(types).toEqual({
      int: 'integer',
      float: 'float',
      flag: 'boolean',
      day: 'datetime',
      stamp: 'datetime',
      zip: 'categorical',
      cat: 'categorical',
      id: 'identifier',
      note: 'text',
      allna: 'categorical',
    });
    expect(t.inferred).toEqual(types);
    for (const c of t.table.columns) expect(c.data.storage).toBe(STORAGE_OF[c.type]);
  });

  it('converts values', () => {
    expect(cells(t, 'int').slice(0, 5)).toEqual([-7, -4, -1, null, 5]);
    expect(cells(t, 'float').slice(0, 3)).toEqual([0, 0.25, 0.5]);
    expect(cells(t, 'flag').slice(0, 4)).toEqual([true, false, false, true]);
    expect(cells(t, 'day')[1]).toBe('2024-03-02T00:00:00.000Z');
    expect(cells(t, 'stamp')[5]).toBe('2024-03-01T05:15:00.000Z');
    expect(cells(t, 'zip').slice(0, 2)).toEqual(['01000', '01001']);
    expect(cells(t, 'id')[39]).toBe('user_39');
    expect(cells(t, 'note')[2]).toBe('This is a fairly long free text note number 2, with words');
    expect(cells(t, 'allna').every((v) => v === null)).toBe(true);
    const cat = column(t, 'cat').data;
    expect(cat.storage === 'dict' && cat.dictionary).toEqual(['red', 'green', 'blue']);
  });

  it('records evidence that parses with the contract schema', () => {
    for (const c of t.table.columns) expect(() => InferenceEvidence.parse(t.evidence[c.name])).not.toThrow();
    expect(t.evidence.int).toEqual({
      integer: 36,
      float: 0,
      boolean: 0,
      datetime: 0,
      string: 0,
      missing: 4,
      offenders: [],
    });
    expect(t.evidence.zip?.string).toBe(40);
    expect(t.evidence.allna?.missing).toBe(40);
    expect(t.warnings).toContain('Column "allna" has no values (every row is missing).');
  });

  it('keeps a sequential integer id as an identifier', async () => {
    const body = Array.from({ length: 30 }, (_, i) => `${i + 1},${i % 4}`).join('\n');
    const u = await load(tmp.file('seq.csv', `row,v\n${body}\n`));
    expect(column(u, 'row').type).toBe('identifier');
    expect(column(u, 'v').type).toBe('integer');
    expect(cells(u, 'row').slice(0, 3)).toEqual(['1', '2', '3']);
  });

  it('reads a mostly-numeric column as numbers and reports the rest as offenders', async () => {
    const vals = Array.from({ length: 100 }, (_, i) => String(i + 0.5));
    vals[10] = 'oops';
    vals[57] = 'n/a?';
    vals[80] = 'TRUE';
    const u = await load(tmp.file('mixed.csv', `x,y\n${vals.map((v, i) => `${v},${i}`).join('\n')}\n`));
    const x = column(u, 'x');
    expect(x.type).toBe('float');
    expect(cells(u, 'x')[10]).toBeNull();
    expect(cells(u, 'x')[11]).toBe(11.5);
    expect(u.evidence.x).toEqual({
      integer: 0,
      float: 97,
      boolean: 1,
      datetime: 0,
      string: 2,
      missing: 0,
      offenders: [
        { row: 11, value: 'oops' },
        { row: 58, value: 'n/a?' },
        { row: 81, value: 'TRUE' },
      ],
    });
    expect(u.warnings.some((w) => w.includes('"x"') && w.includes('3 values'))).toBe(true);
  });

  it('below 95 % numbers the column stays text, keeping each value as written', async () => {
    const vals = Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? `code${i}` : `${i}.50`));
    const u = await load(tmp.file('mostlynum.csv', `x\n${vals.join('\n')}\n`));
    expect(column(u, 'x').type).toBe('identifier');
    expect(cells(u, 'x').slice(0, 3)).toEqual(['code0', '1.50', '2.50']);
  });
});

describe('type overrides', () => {
  it('forces types; values that cannot convert become missing and are offenders', async () => {
    const text = 'a,b,c,d,e\n1,x,2024-01-01,yes,7\n2.5,y,notadate,no,8\n3,x,2024-01-03,maybe,9\n';
    const t = await load(tmp.file('override.csv', text), {
      types: { a: 'integer', b: 'text', c: 'datetime', d: 'boolean', e: 'categorical' },
    });
    expect(t.table.columns.map((c) => c.type)).toEqual([
      'integer',
      'text',
      'datetime',
      'boolean',
      'categorical',
    ]);
    expect(t.inferred).toEqual({
      a: 'float',
      b: 'categorical',
      c: 'categorical',
      d: 'categorical',
      e: 'integer',
    });
    expect(cells(t, 'a')).toEqual([1, null, 3]);
    expect(t.evidence.a?.offenders).toEqual([{ row: 2, value: '2.5' }]);
    expect(cells(t, 'b')).toEqual(['x', 'y', 'x']);
    expect(cells(t, 'c')).toEqual(['2024-01-01T00:00:00.000Z', null, '2024-01-03T00:00:00.000Z']);
    expect(cells(t, 'd')).toEqual([true, false, null]);
    expect(t.evidence.d?.offenders).toEqual([{ row: 3, value: 'maybe' }]);
    expect(cells(t, 'e')).toEqual(['7', '8', '9']);
  });

  it('refuses an override for a column the file lacks', async () => {
    await expect(load(tmp.file('ov2.csv', 'a\n1\n'), { types: { zz: 'float' } })).rejects.toThrow(
      /"zz".*Columns: a/,
    );
  });
});

describe('streaming', () => {
  it('re-reads a column whose numeric guess from the first rows was wrong, keeping exact text', async () => {
    // 6,000 numbers (the sample sees only these), then 2,000 words: the numeric reading gives up.
    const lines = ['v,k'];
    for (let i = 0; i < 6000; i++) lines.push(`${i}.10,${i}`);
    for (let i = 0; i < 2000; i++) lines.push(`w${i % 7},${i}`);
    const t = await load(tmp.file('late-text.csv', `${lines.join('\n')}\n`));
    const v = column(t, 'v');
    expect(v.type).toBe('categorical');
    expect(v.data.storage === 'dict' && v.data.dictionary.slice(0, 2)).toEqual(['0.10', '1.10']);
    expect(t.evidence.v).toMatchObject({ float: 6000, string: 2000, offenders: [] });
    expect(cells(t, 'v')[6001]).toBe('w1');
    // 7,000 numbers then 500 words (6.7 %): only noticed at the end of the pass.
    const lines2 = ['v'];
    for (let i = 0; i < 7000; i++) lines2.push(`${i % 50}`);
    for (let i = 0; i < 500; i++) lines2.push(`w${i % 3}`);
    const u = await load(tmp.file('late-text2.csv', `${lines2.join('\n')}\n`));
    expect(column(u, 'v').type).toBe('categorical');
    expect(cells(u, 'v')[7001]).toBe('w1');
    expect(cells(u, 'v')[49]).toBe('49');
  });

  it('reads a file larger than the read buffer, with quoted newlines across chunk boundaries', async () => {
    const n = Math.ceil((CHUNK_BYTES * 2.5) / 60);
    const parts: string[] = ['i,txt,f'];
    for (let i = 0; i < n; i++) parts.push(`${i},"line ${i}\nsecond, ""line"" ${i % 97}",${(i % 1000) / 8}`);
    const path = tmp.file('big.csv', `${parts.join('\r\n')}\r\n`);
    const reports: number[] = [];
    const t = await load(path, {}, (f) => reports.push(f));
    expect(t.table.rowCount).toBe(n);
    const txt = cells(t, 'txt');
    for (const i of [0, 1, 12345, n - 1]) expect(txt[i]).toBe(`line ${i}\nsecond, "line" ${i % 97}`);
    expect(cells(t, 'f')[n - 1]).toBe(((n - 1) % 1000) / 8);
    expect(reports.at(-1)).toBe(1);
    for (let i = 1; i < reports.length; i++)
      expect(reports[i]).toBeGreaterThanOrEqual(reports[i - 1] as number);
  });

  it('imports a 10 MB single field exactly', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const t = await load(tmp.file('bigfield.csv', `id,blob\n1,"${big}"\n2,small\n`));
    expect(t.table.rowCount).toBe(2);
    const blob = cells(t, 'blob');
    expect((blob[0] as string).length).toBe(big.length);
    expect(blob[0] === big).toBe(true);
    expect(blob[1]).toBe('small');
  });

  it('cancels between chunks', async () => {
    const path = tmp.file('cancel.csv', `a,b\n${'1,2\n'.repeat(3_000_000)}`);
    const ac = new AbortController();
    ac.abort();
    await expect(
      importFile({ path, format: 'auto', header: 'auto' }, { signal: ac.signal, progress: () => {} }),
    ).rejects.toMatchObject({ kind: 'cancelled' });
    const later = new AbortController();
    const running = importFile(
      { path, format: 'auto', header: 'auto' },
      {
        signal: later.signal,
        progress: (f) => {
          if (f > 0.2) later.abort();
        },
      },
    );
    await expect(running).rejects.toMatchObject({ kind: 'cancelled', message: 'import cancelled' });
  });
});
