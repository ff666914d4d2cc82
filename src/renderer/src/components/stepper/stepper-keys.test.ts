import { describe, expect, it } from 'vitest';
import { nextStepIndex } from './stepper-keys';

describe('nextStepIndex', () => {
  it('moves right and left, wrapping around', () => {
    expect(nextStepIndex('ArrowRight', 0, 5)).toBe(1);
    expect(nextStepIndex('ArrowRight', 4, 5)).toBe(0);
    expect(nextStepIndex('ArrowLeft', 0, 5)).toBe(4);
    expect(nextStepIndex('ArrowLeft', 3, 5)).toBe(2);
  });

  it('jumps to the ends with Home and End', () => {
    expect(nextStepIndex('Home', 3, 5)).toBe(0);
    expect(nextStepIndex('End', 1, 5)).toBe(4);
  });

  it('ignores other keys and empty lists', () => {
    expect(nextStepIndex('Enter', 1, 5)).toBeNull();
    expect(nextStepIndex('ArrowRight', 0, 0)).toBeNull();
  });
});
