import { call, errorMessage } from '../../../../transport/client';
import { parsePoliciesText, recordsText, withNewPolicy } from '../lib/policy-json';
import { initialImproveState, setImprove, useImproveStore } from './improve-store';

/** Cycles and timeline entries read per look (the contract's defaults). */
export const CYCLES_LIMIT = 50;
export const TIMELINE_LIMIT = 200;

const current = () => useImproveStore.getState().modelName;

/** Open a model's loop (the Monitor step's model changed): clear what belonged to another model, read it all. */
export async function openImprove(modelName: string | null): Promise<void> {
  // The same model again (the step was shown again): keep what is typed, read the rest afresh.
  if (current() !== modelName) setImprove({ ...initialImproveState, modelName });
  await refreshImprove();
}

/** Re-read the open model's policies, cycles and timeline (an improve.changed, models.changed or alert event). */
export async function refreshImprove(): Promise<void> {
  await Promise.all([loadPolicies(), loadCycles(), loadTimeline()]);
}

let policiesRead = 0;

/**
 * The model's policies with their state. The editor's text follows the stored policies only while
 * the person has not changed it: an event must not throw away what is being typed.
 */
export async function loadPolicies(): Promise<void> {
  const modelName = current();
  if (!modelName) return;
  const seq = ++policiesRead;
  try {
    const policies = await call('policy.list', { modelName });
    if (seq !== policiesRead || current() !== modelName) return;
    setImprove((s) => {
      const untouched = !s.policiesLoaded || s.policyText === recordsText(s.policies);
      return {
        policies,
        policiesLoaded: true,
        policiesError: null,
        ...(untouched && !s.policySaving ? { policyText: recordsText(policies), policyError: null } : {}),
      };
    });
  } catch (err) {
    if (seq === policiesRead && current() === modelName)
      setImprove({ policiesLoaded: true, policiesError: errorMessage(err) });
  }
}

/** Change the editor's text (its last error and "saved" note go). */
export function editPolicies(text: string): void {
  setImprove({ policyText: text, policyError: null, policySaved: false });
}

/** Put the stored policies back in the editor. */
export function resetPolicies(): void {
  setImprove((s) => ({ policyText: recordsText(s.policies), policyError: null, policySaved: false }));
}

/** Add a default policy at the end of the editor's list (or say why the text cannot take one). */
export function addDefaultPolicy(): void {
  const next = withNewPolicy(useImproveStore.getState().policyText);
  if ('error' in next) setImprove({ policyError: next.error, policySaved: false });
  else setImprove({ policyText: next.text, policyError: null, policySaved: false });
}

/** Save the editor's policies as the model's; the engine's objection (which policy, which field) shows under it. */
export async function savePolicies(): Promise<boolean> {
  const s = useImproveStore.getState();
  const modelName = s.modelName;
  if (!modelName || s.policySaving) return false;
  const parsed = parsePoliciesText(s.policyText);
  if ('error' in parsed) {
    setImprove({ policyError: parsed.error, policySaved: false });
    return false;
  }
  setImprove({ policySaving: true, policyError: null, policySaved: false });
  try {
    const policies = await call('policy.set', { modelName, policies: parsed.policies });
    if (current() === modelName) {
      policiesRead += 1; // a list read before the save must not put the old policies back
      setImprove({ policies, policiesLoaded: true, policyText: recordsText(policies), policySaved: true });
    }
    return true;
  } catch (err) {
    if (current() === modelName) setImprove({ policyError: errorMessage(err) });
    return false;
  } finally {
    setImprove({ policySaving: false });
  }
}

/** Start a cycle of one policy now (a manual trigger); the new cycle shows at once, the rest follows by events. */
export async function runPolicyNow(policyName: string): Promise<void> {
  const modelName = current();
  if (!modelName || useImproveStore.getState().runningNow) return;
  setImprove({ runningNow: policyName, runNowError: null, runNowDone: null });
  try {
    const started = await call('improve.runNow', { modelName, policyName });
    if (current() !== modelName) return;
    setImprove((s) => ({
      cycles: [started, ...s.cycles.filter((c) => c.id !== started.id)],
      runNowDone: `Started a cycle of “${policyName}”.`,
    }));
    await Promise.all([loadCycles(), loadTimeline(), loadPolicies()]);
  } catch (err) {
    if (current() === modelName)
      setImprove({ runNowError: `Could not run “${policyName}”: ${errorMessage(err)}` });
  } finally {
    setImprove({ runningNow: null });
  }
}

let cyclesRead = 0;

/** The model's cycles, newest first. */
export async function loadCycles(): Promise<void> {
  const modelName = current();
  if (!modelName) return;
  const seq = ++cyclesRead;
  try {
    const cycles = await call('improve.cycles', { modelName, limit: CYCLES_LIMIT });
    if (seq !== cyclesRead || current() !== modelName) return;
    setImprove({ cycles, cyclesLoaded: true, cyclesError: null });
  } catch (err) {
    if (seq === cyclesRead && current() === modelName)
      setImprove({ cyclesLoaded: true, cyclesError: errorMessage(err) });
  }
}

/** The reason typed for a cycle's approval or rejection. */
export function setReason(cycleId: string, text: string): void {
  setImprove((s) => ({
    reasons: { ...s.reasons, [cycleId]: text },
    decideError: s.decideError?.cycleId === cycleId ? null : s.decideError,
  }));
}

/** Approve (promote) or reject a challenger waiting for approval, with the reason typed (kept on the timeline). */
export async function decideCycle(cycleId: string, approve: boolean): Promise<boolean> {
  const s = useImproveStore.getState();
  if (s.deciding) return false;
  const reason = (s.reasons[cycleId] ?? '').trim();
  if (reason === '') {
    setImprove({ decideError: { cycleId, message: 'Give a reason: it is kept on the timeline.' } });
    return false;
  }
  const modelName = s.modelName;
  setImprove({ deciding: cycleId, decideError: null });
  try {
    const decided = await call('improve.decide', { cycleId, approve, reason });
    if (current() !== modelName) return true;
    cyclesRead += 1; // a list read before the decision must not show it waiting again
    setImprove((st) => {
      const { [cycleId]: _done, ...reasons } = st.reasons;
      return { cycles: st.cycles.map((c) => (c.id === decided.id ? decided : c)), reasons };
    });
    await Promise.all([loadCycles(), loadTimeline()]);
    return true;
  } catch (err) {
    setImprove({ decideError: { cycleId, message: errorMessage(err) } });
    return false;
  } finally {
    setImprove({ deciding: null });
  }
}

let timelineRead = 0;

/** The model's timeline (or one cycle's), newest first. */
export async function loadTimeline(): Promise<void> {
  const s = useImproveStore.getState();
  const modelName = s.modelName;
  if (!modelName) return;
  const cycleId = s.timelineCycle;
  const seq = ++timelineRead;
  try {
    const timeline = await call('timeline.list', {
      modelName,
      limit: TIMELINE_LIMIT,
      ...(cycleId ? { cycleId } : {}),
    });
    if (seq !== timelineRead || current() !== modelName) return;
    setImprove({ timeline, timelineLoaded: true, timelineError: null });
  } catch (err) {
    if (seq === timelineRead && current() === modelName)
      setImprove({ timelineLoaded: true, timelineError: errorMessage(err) });
  }
}

/** Show one cycle's entries only (null: all of the model's). */
export async function filterTimeline(cycleId: string | null): Promise<void> {
  if (useImproveStore.getState().timelineCycle === cycleId) return;
  setImprove({ timelineCycle: cycleId, timeline: [], timelineLoaded: false });
  await loadTimeline();
}
