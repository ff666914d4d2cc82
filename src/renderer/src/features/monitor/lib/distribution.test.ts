import { describe, expect, it } from 'vitest';
import { distributionRows, OTHERS_LABEL } from './distribution';

describe('distribution rows', () => {
  it('keeps numeric bins in order, shares as percentages with two decimals', () => {
    const rows = distributionRows({
      feature: 'age',
      kind: 'numeric',
      bins: [
        { label: '≤ 30', reference: 0.123456, current: 0.5 },
        { label: '30–50', reference: 0.876544, current: 0.5 },
      ],
      referenceRows: 1000,
      currentRows: 200,
    });
    expect(rows).toEqual([
      { label: '≤ 30', reference: 12.35, current: 50 },
      { label: '30–50', reference: 87.65, current: 50 },
    ]);
  });

  it('orders categories by their larger share and folds the rest into one bar', () => {
    const rows = distributionRows(
      {
        feature: 'city',
        kind: 'categorical',
        bins: [
          { label: 'a', reference: 0.5, current: 0.1 },
          { label: 'b', reference: 0.1, current: 0.6 },
          { label: 'd', reference: 0.2, current: 0.1 },
          { label: 'c', reference: 0.2, current: 0.2 },
        ],
        referenceRows: 10,
        currentRows: 10,
      },
      2,
    );
    expect(rows).toEqual([
      { label: 'b', reference: 10, current: 60 },
      { label: 'a', reference: 50, current: 10 },
      { label: OTHERS_LABEL, reference: 40, current: 30 },
    ]);
  });

  it('has no "others" bar when every category fits', () => {
    const rows = distributionRows({
      feature: 'x',
      kind: 'categorical',
      bins: [{ label: 'only', reference: 1, current: 1 }],
      referenceRows: 1,
      currentRows: 1,
    });
    expect(rows).toEqual([{ label: 'only', reference: 100, current: 100 }]);
  });
});
