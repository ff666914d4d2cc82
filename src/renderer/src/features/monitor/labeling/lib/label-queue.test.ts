import { describe, expect, it } from 'vitest';
import type { ProductionLabelItem, ProductionLabelQueue } from '../../../../../../shared/improve';
import {
  afterSubmit,
  featureColumns,
  keepSelection,
  parseNumberLabel,
  reasonText,
  valueText,
} from './label-queue';

function item(id: string, patch: Partial<ProductionLabelItem> = {}): ProductionLabelItem {
  return {
    predictionId: id,
    modelName: 'credit',
    version: 2,
    reason: 'uncertain',
    score: 0.41234,
    at: Date.UTC(2026, 0, 5, 9),
    features: { age: 41, city: 'Lyon' },
    predicted: 'good',
    label: null,
    ...patch,
  };
}

const queue = (items: ProductionLabelItem[]): ProductionLabelQueue => ({
  items,
  classes: ['good', 'bad'],
  pending: items.filter((i) => i.label === null).length,
  labeled: 10,
});

describe('production label queue', () => {
  it('reads a typed number, separators allowed, and says what to fix otherwise', () => {
    expect(parseNumberLabel(' 12.5 ')).toEqual({ value: 12.5 });
    expect(parseNumberLabel('1,250')).toEqual({ value: 1250 });
    expect(parseNumberLabel('-3e2')).toEqual({ value: -300 });
    expect(parseNumberLabel('')).toEqual({ error: 'Type the true value.' });
    expect(parseNumberLabel('twelve')).toEqual({ error: '“twelve” is not a number: type one, e.g. 12.5.' });
  });

  it('says why an item is queued, with its score', () => {
    expect(reasonText({ reason: 'drift', score: 0.4 })).toBe('drift · 40 % of features drifted');
    expect(reasonText({ reason: 'drift', score: 0.055 })).toBe('drift · 5.5 % of features drifted');
    expect(reasonText({ reason: 'uncertain', score: 0.41234 })).toBe('uncertain · 0.4123');
  });

  it('writes values for the table', () => {
    expect(valueText(null)).toBe('—');
    expect(valueText(undefined)).toBe('—');
    expect(valueText('')).toBe('—');
    expect(valueText(12.34567)).toBe('12.35');
    expect(valueText(52000)).toBe('52,000');
    expect(valueText('Lyon')).toBe('Lyon');
  });

  it('lists the input columns in the order first seen, counting those past the limit', () => {
    const items = [
      item('a', { features: { age: 1, city: 'x' } }),
      item('b', { features: { income: 2, age: 3 } }),
    ];
    expect(featureColumns(items)).toEqual({ shown: ['age', 'city', 'income'], hidden: 0 });
    expect(featureColumns(items, 2)).toEqual({ shown: ['age', 'city'], hidden: 1 });
    expect(featureColumns([])).toEqual({ shown: [], hidden: 0 });
  });

  it('keeps the item shown while it is pending, else shows the first pending one', () => {
    const items = [item('a', { label: 'bad' }), item('b'), item('c')];
    expect(keepSelection(items, 'c')).toBe('c');
    expect(keepSelection(items, 'a')).toBe('b');
    expect(keepSelection(items, null)).toBe('b');
    expect(keepSelection([item('a', { label: 'good' })], 'a')).toBeNull();
  });

  it('moves to the next item after a label, and takes the engine’s counts', () => {
    const q = queue([item('a'), item('b'), item('c')]);
    const first = afterSubmit(q, 'b', { pending: 2, labeled: 11 });
    expect(first.next).toBe('c');
    expect(first.queue.items.map((i) => i.predictionId)).toEqual(['a', 'c']);
    expect(first.queue).toMatchObject({ pending: 2, labeled: 11, classes: ['good', 'bad'] });
    // The last one labeled: the one before it is next.
    expect(afterSubmit(first.queue, 'c', { pending: 1, labeled: 12 }).next).toBe('a');
    expect(afterSubmit(queue([item('a')]), 'a', { pending: 0, labeled: 11 }).next).toBeNull();
    // An item no longer listed (labeled elsewhere): the first pending one is next.
    expect(afterSubmit(q, 'zz', { pending: 3, labeled: 10 }).next).toBe('a');
  });
});
