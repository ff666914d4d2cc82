import type {
  ImprovementPolicy,
  ImprovementPolicyInput,
  PolicyRecord,
} from '../../../../../../shared/improve';

/**
 * What "New policy" inserts: every field written out with the contract's defaults, so the person
 * sees what can be set. Retrain when three watch windows in a row drift or the live metric drops;
 * promote when the gate passes; watch 200 labeled predictions and roll back past a 0.02 drop.
 */
export const DEFAULT_POLICY: ImprovementPolicy = {
  name: 'retrain on drift',
  enabled: true,
  triggers: { driftWindows: 3, metricDrop: true, newLabels: null, everyHours: null },
  minIntervalMinutes: 60,
  action: 'retrain',
  tuneTrials: 6,
  maxProductionRows: 50_000,
  recencyWeight: 1,
  promotion: 'auto',
  watch: { labeledRows: 200, maxDrop: 0.02 },
};

/** A list of policies as the editor shows it: indented JSON. */
export function policiesText(policies: readonly ImprovementPolicyInput[]): string {
  return JSON.stringify(policies, null, 2);
}

/** The stored policies' text (what the editor starts from, and what "Undo changes" puts back). */
export function recordsText(records: readonly PolicyRecord[]): string {
  return policiesText(records.map((r) => r.policy));
}

const SHAPE_HINT =
  'The policies are a JSON list of objects, e.g. [{"name": "retrain on drift", "triggers": {"driftWindows": 3}}]; [] turns the loop off.';

/**
 * The editor's text as the policies to send, or why it cannot be sent. Only the JSON and its
 * outer shape are checked here; the engine checks each policy and says what is wrong.
 */
export function parsePoliciesText(text: string): { policies: ImprovementPolicyInput[] } | { error: string } {
  if (text.trim() === '') return { error: SHAPE_HINT };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { error: `Not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!Array.isArray(value)) return { error: SHAPE_HINT };
  if (value.some((p) => typeof p !== 'object' || p === null || Array.isArray(p)))
    return { error: SHAPE_HINT };
  return { policies: value as ImprovementPolicyInput[] };
}

/** `base`, or "base 2", "base 3"… : the first name no policy has (names must differ). */
export function uniquePolicyName(taken: readonly string[], base = DEFAULT_POLICY.name): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  for (let n = 2; ; n += 1) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}

/** The editor's text with a default policy added at the end (named so it does not clash). */
export function withNewPolicy(text: string): { text: string } | { error: string } {
  const parsed = text.trim() === '' ? { policies: [] } : parsePoliciesText(text);
  if ('error' in parsed) return { error: `Fix the policies before adding one. ${parsed.error}` };
  const taken = parsed.policies.map((p) => (typeof p.name === 'string' ? p.name : ''));
  const added: ImprovementPolicyInput = { ...DEFAULT_POLICY, name: uniquePolicyName(taken) };
  return { text: policiesText([...parsed.policies, added]) };
}

/** A policy's triggers in words: "3 drifted windows · live metric drop · every 24 h". */
export function triggersText(policy: ImprovementPolicy): string {
  const t = policy.triggers;
  const parts: string[] = [];
  if (t.driftWindows !== null)
    parts.push(`${t.driftWindows} drifted window${t.driftWindows === 1 ? '' : 's'}`);
  if (t.metricDrop) parts.push('live metric drop');
  if (t.newLabels !== null) parts.push(`${t.newLabels.toLocaleString('en-US')} new labels`);
  if (t.everyHours !== null) parts.push(`every ${t.everyHours} h`);
  return parts.length > 0 ? parts.join(' · ') : 'no trigger';
}
