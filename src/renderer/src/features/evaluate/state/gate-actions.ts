import { call, errorMessage } from '../../../transport/client';
import { parsePolicyText, policyText } from '../lib/policy-text';
import { setEvaluate, useEvaluateStore } from './evaluate-store';

/** A model's gate policy (its own or the default) into the editor. */
export async function loadGate(modelName: string): Promise<void> {
  try {
    const gate = await call('gate.get', { modelName });
    if (useEvaluateStore.getState().selectedModel !== modelName) return;
    setEvaluate({ gate, gateError: null, policyText: policyText(gate.policy), policyError: null });
  } catch (err) {
    setEvaluate({ gateError: errorMessage(err) });
  }
}

/** Change the editor's text (its last error and "saved" note go). */
export function editPolicy(text: string): void {
  setEvaluate({ policyText: text, policyError: null, policySaved: false });
}

/** Put the stored policy back in the editor. */
export function resetPolicy(): void {
  const gate = useEvaluateStore.getState().gate;
  if (gate) setEvaluate({ policyText: policyText(gate.policy), policyError: null, policySaved: false });
}

/** Save the editor's policy as the open model's own; the engine's objection shows under the editor. */
export async function savePolicy(): Promise<boolean> {
  const s = useEvaluateStore.getState();
  const modelName = s.selectedModel;
  if (!modelName || s.policySaving) return false;
  const parsed = parsePolicyText(s.policyText);
  if ('error' in parsed) {
    setEvaluate({ policyError: parsed.error, policySaved: false });
    return false;
  }
  setEvaluate({ policySaving: true, policyError: null, policySaved: false });
  try {
    const gate = await call('gate.set', { modelName, policy: parsed.policy });
    if (useEvaluateStore.getState().selectedModel === modelName) {
      setEvaluate({ gate, policyText: policyText(gate.policy), policySaved: true });
    }
    return true;
  } catch (err) {
    setEvaluate({ policyError: errorMessage(err) });
    return false;
  } finally {
    setEvaluate({ policySaving: false });
  }
}
