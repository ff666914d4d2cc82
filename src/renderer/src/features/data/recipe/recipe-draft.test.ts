import { describe, expect, it } from 'vitest';
import { addSteps, draftToJson, moveStep, removeStep, replaceStep, stepsFromJson } from './recipe-draft';

const ops = (d: { step: { op: string } }[]) => d.map((x) => x.step.op);

describe('recipe draft', () => {
  const draft = addSteps(
    [],
    [{ op: 'deduplicate' }, { op: 'drop_missing' }, { op: 'apply_labels', column: 'l' }],
  );

  it('adds steps with distinct keys', () => {
    expect(ops(draft)).toEqual(['deduplicate', 'drop_missing', 'apply_labels']);
    expect(new Set(draft.map((d) => d.key)).size).toBe(3);
  });

  it('moves a step up and down, and not past the ends', () => {
    const [a, b, c] = draft.map((d) => d.key) as [string, string, string];
    expect(ops(moveStep(draft, c, -1))).toEqual(['deduplicate', 'apply_labels', 'drop_missing']);
    expect(ops(moveStep(draft, a, 1))).toEqual(['drop_missing', 'deduplicate', 'apply_labels']);
    expect(moveStep(draft, a, -1)).toBe(draft);
    expect(moveStep(draft, c, 1)).toBe(draft);
    expect(ops(removeStep(draft, b))).toEqual(['deduplicate', 'apply_labels']);
    expect(replaceStep(draft, b, { op: 'cast', column: 'x', to: 'text' })[1]?.step).toEqual({
      op: 'cast',
      column: 'x',
      to: 'text',
    });
  });

  it('round-trips through JSON text and rejects what is not a recipe', () => {
    expect(stepsFromJson(draftToJson(draft))).toEqual(draft.map((d) => d.step));
    expect(() => stepsFromJson('{')).toThrow(/Not JSON/);
    expect(() => stepsFromJson('{"op":"x"}')).toThrow(/JSON array/);
    expect(() => stepsFromJson('[{"columns":[]}]')).toThrow(/Step 1 has no "op"/);
  });
});
