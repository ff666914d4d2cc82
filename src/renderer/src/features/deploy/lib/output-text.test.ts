import { describe, expect, it } from 'vitest';
import { outputText } from './output-text';

describe('outputText', () => {
  it('shows the class with its top probability, or the value', () => {
    expect(outputText({ prediction: 'B', probabilities: { B: 0.9123, M: 0.0877 } })).toBe('B (91.2 %)');
    expect(outputText({ prediction: 'M', probabilities: [0.25, 0.75] })).toBe('M (75.0 %)');
    expect(outputText({ prediction: 12.345678 })).toBe('12.35');
    expect(outputText(null)).toBe('—');
    expect(outputText({ other: 1 })).toBe('{"other":1}');
  });
});
