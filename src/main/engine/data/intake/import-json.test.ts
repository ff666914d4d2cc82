import { afterAll, describe, expect, it } from 'vitest';
import { cells, column, load, TempDir } from './test-helpers.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

/** A small generated table with every kind of value, as plain records. */
function records(n: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const r: Record<string, unknown> = {
      id: `u${i}`,
      age: 20 + (i % 50),
      score: i % 11 === 0 ? null : Math.round(i * 37.5) / 100,
      member: i % 4 === 0,
      city: ['Oslo', 'Lima', 'Pune', 'Kyiv'][i % 4],
      joined: `2023-0${(i % 9) + 1}-1${i % 10}`,
      note: i % 5 === 0 ? `a "quoted", multi\nline note ${i}` : `plain note ${i}`,
    };
    if (i % 3 === 0) r.extra = { k: i, list: [1, 'two'] };
    out.push(r);
  }
  return out;
}

describe('JSON and JSON Lines', () => {
  const rows = records(60);
  const expectTable = async (path: string) => {
    const t = await load(path);
    expect(t.table.rowCount).toBe(60);
    expect(t.table.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'identifier'],
      ['age', 'integer'],
      ['score', 'float'],
      ['member', 'boolean'],
      ['city', 'categorical'],
      ['joined', 'datetime'],
      ['note', 'text'],
      ['extra', 'identifier'],
    ]);
    expect(cells(t, 'id')).toEqual(rows.map((r) => r.id));
    expect(cells(t, 'age')).toEqual(rows.map((r) => r.age));
    expect(cells(t, 'score')).toEqual(rows.map((r) => r.score));
    expect(cells(t, 'member')).toEqual(rows.map((r) => r.member));
    expect(cells(t, 'city')).toEqual(rows.map((r) => r.city));
    expect(cells(t, 'joined')).toEqual(
      rows.map((r) => new Date(`${r.joined as string}T00:00:00Z`).toISOString()),
    );
    expect(cells(t, 'note')).toEqual(rows.map((r) => r.note));
    expect(cells(t, 'extra')).toEqual(
      rows.map((r) => (r.extra === undefined ? null : JSON.stringify(r.extra))),
    );
    expect(t.evidence.extra?.missing).toBe(40);
    expect(t.evidence.score?.missing).toBe(6);
    return t;
  };

  it('an array of objects round-trips', async () => {
    const t = await expectTable(tmp.file('rows.json', JSON.stringify(rows, null, 2)));
    expect(t.format).toBe('json');
  });

  it('JSON Lines round-trips (also detected by content, and with a BOM and CRLF)', async () => {
    const text = rows.map((r) => JSON.stringify(r)).join('\r\n');
    const t = await expectTable(tmp.file('rows.jsonl', `\uFEFF${text}\r\n`));
    expect(t.format).toBe('jsonl');
    const u = await expectTable(tmp.file('rows.txt', text));
    expect(u.format).toBe('jsonl');
  });

  it('matches the same table written as CSV', async () => {
    const head = Object.keys(rows[0] as object).filter((k) => k !== 'extra');
    const quote = (v: unknown) => (v === null ? '' : `"${String(v).replaceAll('"', '""')}"`);
    const csv = [head.join(','), ...rows.map((r) => head.map((k) => quote(r[k])).join(','))].join('\n');
    const fromCsv = await load(tmp.file('rows.csv', csv));
    const fromJson = await load(tmp.file('rows2.json', JSON.stringify(rows)));
    for (const k of head) {
      expect(column(fromCsv, k).type).toBe(column(fromJson, k).type);
      expect(cells(fromCsv, k)).toEqual(cells(fromJson, k));
    }
  });

  it('keys are the union in first-seen order; absent keys are missing', async () => {
    const t = await load(tmp.file('union.jsonl', '{"b":1}\n{"a":"x","b":2}\n{"c":true}\n'));
    expect(t.table.columns.map((c) => c.name)).toEqual(['b', 'a', 'c']);
    expect(cells(t, 'a')).toEqual([null, 'x', null]);
    expect(cells(t, 'b')).toEqual([1, 2, null]);
    expect(cells(t, 'c')).toEqual([null, null, true]);
  });

  it('a numeric key that turns to text later is re-read as text', async () => {
    const recs = Array.from({ length: 3000 }, (_, i) => ({ v: i < 1500 ? i : `t${i}` }));
    const t = await load(tmp.file('late.json', JSON.stringify(recs)));
    expect(column(t, 'v').type).toBe('identifier');
    expect(cells(t, 'v')[0]).toBe('0');
    expect(cells(t, 'v')[2999]).toBe('t2999');
  });

  it('applies type overrides to JSON keys, counting what cannot convert', async () => {
    const t = await load(
      tmp.file('ov.jsonl', '{"a":1,"b":"x"}\n{"a":"two","b":"2020-01-01"}\n{"a":3,"b":null}\n'),
      {
        types: { a: 'float', b: 'datetime' },
      },
    );
    expect(t.inferred).toEqual({ a: 'categorical', b: 'categorical' });
    expect(cells(t, 'a')).toEqual([1, null, 3]);
    expect(t.evidence.a?.offenders).toEqual([{ row: 2, value: 'two' }]);
    expect(cells(t, 'b')).toEqual([null, '2020-01-01T00:00:00.000Z', null]);
    expect(t.evidence.b).toMatchObject({
      string: 1,
      datetime: 1,
      missing: 1,
      offenders: [{ row: 1, value: 'x' }],
    });
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await load(tmp.file('p.json', JSON.stringify(records(5000))), {}, (f) => seen.push(f));
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
  });

  it('format can be forced', async () => {
    const t = await load(tmp.file('forced.data', '[{"a":1},{"a":2}]'), { format: 'json' });
    expect(cells(t, 'a')).toEqual([1, 2]);
  });
});
