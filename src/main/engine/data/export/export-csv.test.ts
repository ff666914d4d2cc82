import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../../../shared/errors.js';
import { DATASETS_DIR, makeTable, readNaiveCsv } from '../recipes/test-table.js';
import { exportCsv } from './export-csv.js';

const dir = mkdtempSync(join(tmpdir(), 'export-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Field {
  text: string;
  quoted: boolean;
}

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(text: string): Field[][] {
  const rows: Field[][] = [];
  let row: Field[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    row.push({ text: field, quoted });
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
}

describe('exportCsv', () => {
  it('writes RFC 4180 that reads back to the same cells', async () => {
    const tricky = [
      'plain',
      'with,comma',
      'with "quotes"',
      'line\nbreak',
      'cr\rhere',
      '',
      null,
      'ünïcødé ✓',
      ' padded ',
    ];
    const n = tricky.length;
    const t = makeTable(
      [
        { name: 'text', type: 'text', values: tricky },
        { name: 'cat, "quoted"', type: 'categorical', values: tricky.slice().reverse() },
        {
          name: 'num',
          type: 'float',
          values: [0.1 + 0.2, -0, 1e21, 5e-324, null, 123456789012, -1.5, 2 ** 53 + 2, 1 / 3],
        },
        { name: 'flag', type: 'boolean', values: [true, false, null, true, false, true, null, false, true] },
        {
          name: 'when',
          type: 'datetime',
          values: [
            '2024-03-01T10:20:30.045Z',
            null,
            '1969-07-20T20:17:00Z',
            '2000-01-01',
            null,
            null,
            '2024-02-29',
            null,
            null,
          ],
        },
      ],
      [0, 2, 4, 6, 8, 10, 12, 14, 16],
    );
    const path = join(dir, 'tricky.csv');
    const res = await exportCsv(t, path, {
      labels: (id) => (id % 4 === 0 ? `L${id}` : null),
      labelColumn: 'my label',
    });
    const raw = readFileSync(path);
    expect(res).toEqual({ rows: n, bytes: raw.length });
    const rows = parseCsv(raw.toString('utf8'));
    expect(rows.length).toBe(n + 1);
    expect(rows[0]?.map((f) => f.text)).toEqual(['text', 'cat, "quoted"', 'num', 'flag', 'when', 'my label']);
    const expectCell = (f: Field | undefined, v: string | null) => {
      if (v === null) expect(f).toEqual({ text: '', quoted: false });
      else expect(f?.text).toBe(v);
    };
    tricky.forEach((v, r) => {
      const row = rows[r + 1];
      expect(row?.length).toBe(6);
      expectCell(row?.[0], v);
      expectCell(row?.[1], tricky[n - 1 - r] ?? null);
    });
    // An empty string stays distinguishable from a missing value.
    expect(rows[6]?.[0]).toEqual({ text: '', quoted: true });
    expect(rows.slice(1).map((r) => r[2]?.text)).toEqual([
      '0.30000000000000004',
      '0',
      '1e+21',
      '5e-324',
      '',
      '123456789012',
      '-1.5',
      '9007199254740994',
      '0.3333333333333333',
    ]);
    expect(rows.slice(1).map((r) => Number(r[2]?.text))).toEqual([
      0.1 + 0.2,
      0,
      1e21,
      5e-324,
      0,
      123456789012,
      -1.5,
      2 ** 53 + 2,
      1 / 3,
    ]);
    expect(rows.slice(1).map((r) => r[3]?.text)).toEqual([
      'true',
      'false',
      '',
      'true',
      'false',
      'true',
      '',
      'false',
      'true',
    ]);
    expect(rows.slice(1).map((r) => r[4]?.text)).toEqual([
      '2024-03-01T10:20:30.045Z',
      '',
      '1969-07-20T20:17:00.000Z',
      '2000-01-01T00:00:00.000Z',
      '',
      '',
      '2024-02-29T00:00:00.000Z',
      '',
      '',
    ]);
    expect(rows.slice(1).map((r) => r[5]?.text)).toEqual(['L0', '', 'L4', '', 'L8', '', 'L12', '', 'L16']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('reproduces Adult line for line (missing "?" becomes an empty field), in chunks', async () => {
    const adult = readNaiveCsv('adult_train.csv');
    const path = join(dir, 'adult.csv');
    const seen: number[] = [];
    const res = await exportCsv(adult, path, { newline: '\n', progress: (f) => seen.push(f) });
    const original = readFileSync(`${DATASETS_DIR}/adult_train.csv`, 'utf8').replaceAll('?', '');
    const written = readFileSync(path, 'utf8');
    expect(written).toBe(original);
    expect(res.rows).toBe(32_561);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
  });

  it('writes a lone missing value as "" so the row is not a blank line', async () => {
    const path = join(dir, 'one.csv');
    await exportCsv(makeTable([{ name: 'a', type: 'float', values: [1, null, 2] }]), path);
    expect(readFileSync(path, 'utf8')).toBe('a\r\n1\r\n""\r\n2\r\n');
  });

  it('refuses bad targets with the path in the message, and leaves no partial file', async () => {
    const t = makeTable([{ name: 'a', type: 'float', values: [1] }]);
    const failure = async (path: string) => {
      try {
        await exportCsv(t, path);
      } catch (e) {
        return e as AppError;
      }
      throw new Error('expected a failure');
    };
    const missingDir = join(dir, 'nope', 'x.csv');
    let e = await failure(missingDir);
    expect([e.kind, e.message]).toEqual([
      'invalid_input',
      `Cannot save "${missingDir}": its folder does not exist. Create the folder or choose another place.`,
    ]);
    e = await failure(dir);
    expect(e.kind).toBe('invalid_input');
    expect(e.message).toContain(`Cannot save "${dir}": it is a folder`);
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    e = await failure(join(file, 'x.csv'));
    expect(e.message).toContain('part of the path is a file');
    // Not writable: sysfs refuses new files even to root; elsewhere a read-only folder does.
    const locked = process.getuid?.() === 0 ? '/sys/export-test.csv' : join(dir, 'locked', 'x.csv');
    if (locked.startsWith(dir)) {
      mkdirSync(join(dir, 'locked'));
      chmodSync(join(dir, 'locked'), 0o500);
    }
    e = await failure(locked);
    expect(e.kind).toBe('invalid_input');
    expect(e.message).toMatch(new RegExp(`Cannot save "${locked}": this location is not writable`));
    await expect(exportCsv(t, join(dir, 'a.csv'), { labels: () => 'x', labelColumn: 'a' })).rejects.toThrow(
      /already has a column "a"/,
    );
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('removes the partial file when cancelled', async () => {
    const adult = readNaiveCsv('adult_train.csv');
    const ac = new AbortController();
    const path = join(dir, 'cancel.csv');
    let err: unknown;
    try {
      await exportCsv(adult, path, { signal: ac.signal, progress: () => ac.abort() });
    } catch (e) {
      err = e;
    }
    expect((err as AppError).kind).toBe('cancelled');
    expect(readdirSync(dir).filter((f) => f.startsWith('cancel'))).toEqual([]);
  });
});
