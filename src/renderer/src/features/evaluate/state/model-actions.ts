import { call, errorMessage } from '../../../transport/client';
import { chooseModel } from '../lib/model-choice';
import { setEvaluate, useEvaluateStore } from './evaluate-store';
import { loadGate } from './gate-actions';
import { adoptRunningJob } from './job-actions';

const selected = () => {
  const s = useEvaluateStore.getState();
  return { model: s.selectedModel, version: s.selectedVersion };
};

/** Models and their versions; keeps the selection while it exists, else the newest version of the first model. */
export async function refreshModels(): Promise<void> {
  try {
    const models = await call('models.list', {});
    setEvaluate({ models, modelsLoaded: true, loadError: null });
    const before = selected();
    const choice = chooseModel(models, before);
    if (!choice) return;
    if (choice.model !== before.model) await selectModel(choice.model, choice.version);
    else if (choice.version !== before.version) await selectVersion(choice.version);
  } catch (err) {
    setEvaluate({ modelsLoaded: true, loadError: errorMessage(err) });
  }
}

/** Open a model: its history and gate policy, and a version's latest report (default: the newest version). */
export async function selectModel(name: string, version: number | null = null): Promise<void> {
  const model = useEvaluateStore.getState().models.find((m) => m.name === name);
  const choice = chooseModel(model ? [model] : [], { model: name, version });
  setEvaluate({
    selectedModel: name,
    selectedVersion: null,
    report: null,
    history: [],
    historyLoaded: false,
    historyError: null,
    gate: null,
    gateError: null,
    policyText: '',
    policyError: null,
    policySaved: false,
    promoteError: null,
    promoteDone: null,
  });
  void loadHistory();
  void loadGate(name);
  if (choice) await selectVersion(choice.version);
}

/** Open a version: its latest report (and its running evaluation, if one runs). */
export async function selectVersion(version: number): Promise<void> {
  setEvaluate((s) =>
    s.selectedVersion === version && !s.pinned
      ? {}
      : { selectedVersion: version, pinned: false, promoteError: null, promoteDone: null, cardError: null },
  );
  adoptRunningJob();
  await loadLatest();
}

/** The open version's latest report (null when it has none). */
export async function loadLatest(): Promise<void> {
  const { model, version } = selected();
  if (!model || version === null) return;
  setEvaluate({ reportLoading: true, reportError: null });
  try {
    const report = await call('evaluate.latest', { modelName: model, version });
    const now = selected();
    if (now.model !== model || now.version !== version || useEvaluateStore.getState().pinned) return;
    setEvaluate({ report });
  } catch (err) {
    setEvaluate({ reportError: errorMessage(err) });
  } finally {
    setEvaluate({ reportLoading: false });
  }
}

/** The open model's evaluations, newest first. */
export async function loadHistory(): Promise<void> {
  const { model } = selected();
  if (!model) return;
  try {
    const history = await call('evaluate.list', { modelName: model });
    if (selected().model === model) setEvaluate({ history, historyLoaded: true, historyError: null });
  } catch (err) {
    setEvaluate({ historyLoaded: true, historyError: errorMessage(err) });
  }
}

/**
 * Show one stored evaluation (from the history): its version becomes the open one. `pin` keeps it
 * shown when another evaluation of the version finishes.
 */
export async function openEvaluation(id: string, pin = true): Promise<void> {
  setEvaluate({ reportLoading: true, reportError: null });
  try {
    const report = await call('evaluate.get', { id });
    if (selected().model !== report.modelName) return;
    setEvaluate((s) => ({
      report,
      selectedVersion: report.version,
      pinned: pin,
      ...(s.selectedVersion === report.version
        ? {}
        : { promoteError: null, promoteDone: null, cardError: null }),
    }));
  } catch (err) {
    setEvaluate({ reportError: errorMessage(err) });
  } finally {
    setEvaluate({ reportLoading: false });
  }
}
