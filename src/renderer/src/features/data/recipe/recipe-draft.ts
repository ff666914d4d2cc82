import type { RecipeStep } from '../../../../../shared/data';

/** A step in the editor, with a key that stays with it while steps move. */
export interface DraftStep {
  key: string;
  step: RecipeStep;
}

let counter = 0;
export function draftKey(): string {
  counter += 1;
  return `s${counter}`;
}

export function addSteps(draft: DraftStep[], steps: RecipeStep[]): DraftStep[] {
  return [...draft, ...steps.map((step) => ({ key: draftKey(), step }))];
}

export function replaceStep(draft: DraftStep[], key: string, step: RecipeStep): DraftStep[] {
  return draft.map((d) => (d.key === key ? { key, step } : d));
}

export function removeStep(draft: DraftStep[], key: string): DraftStep[] {
  return draft.filter((d) => d.key !== key);
}

/** Move a step by `delta` places (−1 up, +1 down); out of range leaves the draft as it is. */
export function moveStep(draft: DraftStep[], key: string, delta: number): DraftStep[] {
  const from = draft.findIndex((d) => d.key === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= draft.length) return draft;
  const next = [...draft];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

/** The draft as JSON text (for copying), and back. */
export function draftToJson(draft: DraftStep[]): string {
  return JSON.stringify(
    draft.map((d) => d.step),
    null,
    2,
  );
}

/** Parse recipe JSON text; checks only the outline (the engine validates the steps). */
export function stepsFromJson(text: string): RecipeStep[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`Not JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(parsed))
    throw new Error('A recipe is a JSON array of steps, e.g. [{"op": "deduplicate"}].');
  parsed.forEach((step, i) => {
    if (typeof step !== 'object' || step === null || typeof (step as { op?: unknown }).op !== 'string')
      throw new Error(`Step ${i + 1} has no "op".`);
  });
  return parsed as RecipeStep[];
}
