import { describe, expect, it } from 'vitest';
import { textAt } from '../../../data/table/cells.js';
import type { DictData, NumberData, TextData } from '../../../data/table/types.js';
import { appendColumn } from './append-column.js';

const order = (...i: number[]) => Int32Array.from(i);

describe('appending production values to a base column', () => {
  it('numbers: base values then the production values in plan order (NaN stays missing)', () => {
    const base: NumberData = { storage: 'number', values: Float64Array.from([1, 2]) };
    const out = appendColumn(
      base,
      { storage: 'number', values: Float64Array.from([10, Number.NaN]) },
      { keepBase: true, order: order(0, 1, 0) },
    ) as NumberData;
    expect(Array.from(out.values)).toEqual([1, 2, 10, Number.NaN, 10]);
    const only = appendColumn(
      base,
      { storage: 'number', values: Float64Array.from([10, 11]) },
      {
        keepBase: false,
        order: order(1),
      },
    ) as NumberData;
    expect(Array.from(only.values)).toEqual([11]);
  });

  it('categories: base codes and dictionary kept, unseen categories added after the known ones', () => {
    const base: DictData = {
      storage: 'dict',
      codes: Int32Array.from([1, 0, -1]),
      dictionary: ['basic', 'pro'],
    };
    const out = appendColumn(
      base,
      { storage: 'dict', values: ['pro', 'enterprise', null, 'enterprise'] },
      { keepBase: true, order: order(0, 1, 2, 3) },
    ) as DictData;
    expect(out.dictionary).toEqual(['basic', 'pro', 'enterprise']);
    expect(Array.from(out.codes)).toEqual([1, 0, -1, 1, 2, -1, 2]);
    // The base column is not changed.
    expect(base.dictionary).toEqual(['basic', 'pro']);
  });

  it('text: base strings then the production strings (null = missing)', () => {
    const enc = new TextEncoder();
    const base: TextData = {
      storage: 'text',
      bytes: enc.encode('héllo'),
      offsets: Uint32Array.from([0, 6, 6]),
      missing: Uint8Array.from([0, 1]),
    };
    const out = appendColumn(
      base,
      { storage: 'text', values: ['ünïcode', null] },
      { keepBase: true, order: order(0, 1, 0) },
    ) as TextData;
    expect([0, 1, 2, 3, 4].map((i) => textAt(out, i))).toEqual(['héllo', null, 'ünïcode', null, 'ünïcode']);
  });
});
