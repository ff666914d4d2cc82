import type { GatePolicy } from '../../../../../shared/evaluate';

/** A policy as the editor shows it: indented JSON. */
export function policyText(policy: GatePolicy): string {
  return JSON.stringify(policy, null, 2);
}

const SHAPE_HINT =
  'The policy is an object with a "checks" list, e.g. {"checks": [{"metric": "accuracy", "min": 0.8}]}.';

/**
 * The editor's text as a policy to send, or why it cannot be sent. Only the JSON and its outer
 * shape are checked here; the engine checks each check (metric names, thresholds) and says what is wrong.
 */
export function parsePolicyText(text: string): { policy: GatePolicy } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { error: `Not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: SHAPE_HINT };
  if (!Array.isArray((value as { checks?: unknown }).checks)) return { error: SHAPE_HINT };
  return { policy: value as GatePolicy };
}

/** An example check per direction, for the help under the editor. */
export function exampleCheck(metric: string, lowerBetter: boolean): string {
  return lowerBetter ? `{"metric": "${metric}", "max": …}` : `{"metric": "${metric}", "min": …}`;
}
