import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTable } from '../../test-support/build-table.js';
import { tempDir } from '../../test-support/temp-workspace.js';
import { textAt } from '../table/cells.js';
import { encodeBlob } from './blob-format.js';
import { ColumnStore } from './column-store.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function store(): ColumnStore {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return new ColumnStore(t.dir);
}

describe('ColumnStore', () => {
  const table = buildTable([
    { name: 'n', type: 'float', values: [1.5, null, -3, 1e300, 0] },
    { name: 'c', type: 'categorical', values: ['a', 'b', null, 'a', 'ü'] },
    { name: 't', type: 'text', values: ['hello world', null, '', 'naïve café', 'x'] },
  ]);

  it('names each file by the sha256 of its bytes, writes it once, and reads it back exactly', () => {
    const s = store();
    for (const col of table.columns) {
      const { hash, bytes } = s.put(col.data);
      const file = readFileSync(s.pathOf(hash));
      expect(createHash('sha256').update(file).digest('hex')).toBe(hash);
      expect(file.byteLength).toBe(bytes);
      expect(file.equals(encodeBlob(col.data))).toBe(true);
      expect(s.put(col.data).hash).toBe(hash); // content-addressed: same data, same file
      const back = s.getColumn(hash);
      expect(back).toEqual(col.data);
    }
    expect(readdirSync(s.dir).filter((f) => f.endsWith('.col'))).toHaveLength(3);
    expect(readdirSync(s.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads row ranges with positioned reads, equal to slicing the whole column', () => {
    const s = store();
    const [n, c, t] = table.columns.map((col) => s.put(col.data).hash) as [string, string, string];
    const nr = s.readRange(n, 1, 3);
    expect(nr.storage === 'number' && Array.from(nr.values)).toEqual([Number.NaN, -3, 1e300]);
    const cr = s.readRange(c, 3, 10);
    expect(cr.storage === 'dict' && [Array.from(cr.codes), cr.dictionary]).toEqual([
      [0, 2],
      ['a', 'b', 'ü'],
    ]);
    const tr = s.readRange(t, 2, 2);
    if (tr.storage !== 'text') throw new Error('not text');
    expect([textAt(tr, 0), textAt(tr, 1)]).toEqual(['', 'naïve café']);
    expect(s.readRange(n, 10, 5).storage === 'number' && s.readRange(n, 10, 5)).toMatchObject({
      values: new Float64Array(0),
    });
    s.close();
  });

  it('says which column file is missing', () => {
    const s = store();
    expect(() => s.get('0'.repeat(64))).toThrow(/column data 000000000000… is missing/);
    expect(() => s.get('../../etc/passwd')).toThrow(/not a column address/);
  });
});
