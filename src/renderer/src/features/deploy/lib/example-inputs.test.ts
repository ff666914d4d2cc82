import { describe, expect, it } from 'vitest';
import { exampleRow, inputsFromColumns } from './example-inputs';

const COLUMNS = [
  { name: 'id', type: 'identifier', role: 'feature' },
  { name: 'age', type: 'integer', role: 'feature' },
  { name: 'income', type: 'float', role: 'feature' },
  { name: 'city', type: 'categorical', role: 'feature' },
  { name: 'note', type: 'text', role: 'excluded' },
  { name: 'owner', type: 'boolean', role: 'feature' },
  { name: 'label', type: 'categorical', role: 'target' },
] as const;

describe('inputsFromColumns', () => {
  it('keeps feature columns in order, without the target, identifiers or excluded columns', () => {
    expect(inputsFromColumns([...COLUMNS], 'label')).toEqual([
      { name: 'age', type: 'integer', datatype: 'INT64' },
      { name: 'income', type: 'float', datatype: 'FP64' },
      { name: 'city', type: 'categorical', datatype: 'BYTES' },
      { name: 'owner', type: 'boolean', datatype: 'BOOL' },
    ]);
  });
});

describe('exampleRow', () => {
  const inputs = inputsFromColumns([...COLUMNS], 'label');
  const columns = ['id', 'age', 'income', 'city', 'note', 'owner', 'label'];

  it('takes the first complete row, values typed as the inputs expect', () => {
    const row = exampleRow(inputs, {
      columns,
      rows: [
        ['a', 30, null, 'Paris', 'x', 1, 'yes'],
        ['b', '41', 52000.5, 7, 'y', 0, 'no'],
      ],
    });
    expect(row).toEqual({ age: 41, income: 52000.5, city: '7', owner: false });
  });

  it('falls back to the first row with nulls, and to all nulls without rows', () => {
    expect(exampleRow(inputs, { columns, rows: [['a', 30, null, 'Paris', 'x', true, 'yes']] })).toEqual({
      age: 30,
      income: null,
      city: 'Paris',
      owner: true,
    });
    expect(exampleRow(inputs, { columns, rows: [] })).toEqual({
      age: null,
      income: null,
      city: null,
      owner: null,
    });
  });
});
