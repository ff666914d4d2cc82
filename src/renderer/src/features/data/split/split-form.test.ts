import { describe, expect, it } from 'vitest';
import { formFromSpec, specFromForm } from './split-form';

describe('split form', () => {
  it('turns percentages into fractions', () => {
    const form = {
      ...formFromSpec(null, 'stratified'),
      train: '80',
      validation: '10',
      test: '10',
      seed: '7',
    };
    expect(specFromForm(form)).toEqual({
      spec: { method: 'stratified', train: 0.8, validation: 0.1, test: 0.1, seed: 7 },
    });
  });
  it('says what is wrong', () => {
    const base = formFromSpec(null, 'random');
    expect(specFromForm({ ...base, train: '70', validation: '20', test: '20' })).toEqual({
      error: 'The shares add up to 110 %, not 100 %.',
    });
    expect(specFromForm({ ...base, train: '0', validation: '50', test: '50' })).toMatchObject({
      error: expect.stringMatching(/train share/),
    });
    expect(specFromForm({ ...base, seed: '1.5' })).toMatchObject({ error: expect.stringMatching(/seed/) });
    expect(specFromForm({ ...base, method: 'time' })).toMatchObject({
      error: expect.stringMatching(/time split/),
    });
    expect(specFromForm({ ...base, method: 'time', timeColumn: 'date' })).toMatchObject({
      spec: { method: 'time', timeColumn: 'date' },
    });
  });
  it('shows a stored spec as percentages', () => {
    expect(
      formFromSpec({ method: 'random', train: 0.7, validation: 0.15, test: 0.15, seed: 42 }, 'random'),
    ).toEqual({
      method: 'random',
      train: '70',
      validation: '15',
      test: '15',
      seed: '42',
      timeColumn: '',
    });
  });
});
