/** An engine error about one recipe step, e.g. "step 2 (impute): no column …" → {step: 2, message}. */
export interface StepError {
  /** 1-based step number, or null when the message names no step. */
  step: number | null;
  message: string;
}

/** From the recipe checks: "step 2 (impute): …". */
const STEP_PREFIX = /^step (\d+)(?:\s*\(([^)]*)\))?\s*:\s*/;
/** From the contract's input check: "Invalid input for data.applyRecipe: recipe.1.to: …" (0-based). */
const RECIPE_PATH = /(?:^|[\s;:])recipe\.(\d+)(?:\.([\w.]+))?:\s*([^;]*)/;

export function parseStepError(message: string): StepError {
  const m = STEP_PREFIX.exec(message);
  if (m) return { step: Number(m[1]), message: message.slice(m[0].length) || message };
  const p = RECIPE_PATH.exec(message);
  if (p) {
    const field = p[2] ? `${p[2]}: ` : '';
    return { step: Number(p[1]) + 1, message: `${field}${(p[3] ?? '').trim()}` };
  }
  return { step: null, message };
}
