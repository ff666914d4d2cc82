import { describe, expect, it } from 'vitest';
import { findingsOf, reportFor } from '../test-report.js';

describe('single_class_target', () => {
  it('is an error when the target has one class', () => {
    const r = reportFor(
      [
        { name: 'x', type: 'integer', values: [1, 2, 3, 4] },
        { name: 'y', type: 'categorical', values: ['a', 'a', null, 'a'] },
      ],
      { target: 'y' },
    );
    const [f] = findingsOf(r, 'single_class_target');
    expect(f?.severity).toBe('error');
    expect(f?.evidence).toContain('all 3 labelled rows have the class "a"');
    expect(f?.fix).toBeNull();
    expect(r.passed).not.toContain('single_class_target');
    expect(findingsOf(r, 'constant_column')).toEqual([]);
  });

  it('passes with two classes, and is skipped with no target', () => {
    const two = reportFor([{ name: 'y', type: 'boolean', values: [true, false, true] }], { target: 'y' });
    expect(two.passed).toContain('single_class_target');
    const none = reportFor([{ name: 'y', type: 'boolean', values: [true, true, true] }]);
    expect(none.passed).not.toContain('single_class_target');
    expect(none.skipped).toContainEqual({ check: 'single_class_target', reason: 'no target column is set' });
  });
});
