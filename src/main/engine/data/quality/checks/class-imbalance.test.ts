import { describe, expect, it } from 'vitest';
import { findingsOf, range, reportFor } from '../test-report.js';

const target = (n: number, minority: number) => range(n).map((i) => (i < minority ? 'rare' : 'common'));

describe('class_imbalance', () => {
  it('warns below 20% and errors below 5% for two classes, with the class shares', () => {
    const x = range(1000);
    const warn = reportFor(
      [
        { name: 'x', type: 'integer', values: x },
        { name: 'y', type: 'categorical', values: target(1000, 117) },
      ],
      { target: 'y' },
    );
    const [w] = findingsOf(warn, 'class_imbalance');
    expect(w?.severity).toBe('warning');
    expect(w?.evidence).toContain('y: common 883 (88.3%), rare 117 (11.7%)');
    expect(w?.evidence).toContain('class weights');
    expect(w?.fix).toBeNull();
    const err = reportFor(
      [
        { name: 'x', type: 'integer', values: x },
        { name: 'y', type: 'categorical', values: target(1000, 40) },
      ],
      { target: 'y' },
    );
    expect(findingsOf(err, 'class_imbalance')[0]?.severity).toBe('error');
    const ok = reportFor(
      [
        { name: 'x', type: 'integer', values: x },
        { name: 'y', type: 'categorical', values: target(1000, 240) },
      ],
      { target: 'y' },
    );
    expect(ok.passed).toContain('class_imbalance');
  });

  it('scales with the class count and ignores regression targets', () => {
    // 10 balanced classes (10% each) are fine; a 2% class among 5 is a warning (< 0.4/5 = 8%)
    const ten = reportFor([{ name: 'y', type: 'integer', values: range(1000).map((i) => i % 10) }], {
      target: 'y',
      task: 'multiclass',
    });
    expect(ten.passed).toContain('class_imbalance');
    const five = range(1000).map((i) => (i < 20 ? 'e' : (['a', 'b', 'c', 'd'][i % 4] ?? 'a')));
    const r = reportFor([{ name: 'y', type: 'categorical', values: five }], { target: 'y' });
    expect(findingsOf(r, 'class_imbalance')[0]?.severity).toBe('warning');
    const reg = reportFor([{ name: 'y', type: 'float', values: range(1000).map((i) => (i < 10 ? 1 : 0)) }], {
      target: 'y',
      task: 'regression',
    });
    expect(reg.passed).toContain('class_imbalance');
  });
});
