import type { Stage } from '../../../../../shared/serve';
import { refreshSummarySoon } from '../../../store/engine-sync';
import { call, errorMessage } from '../../../transport/client';
import { type ExampleInput, exampleRow, inputsFromColumns } from '../lib/example-inputs';
import { setDeploy, useDeployStore } from './deploy-store';

/** Models and their versions; keeps the selection when it still exists, else picks the first model. */
export async function refreshModels(): Promise<void> {
  try {
    const models = await call('models.list', {});
    setDeploy({ models, modelsLoaded: true, loadError: null });
    const s = useDeployStore.getState();
    const current = models.find((m) => m.name === s.selectedModel) ?? models[0];
    if (current) await selectModel(current.name, current.name === s.selectedModel ? s.selectedVersion : null);
  } catch (err) {
    setDeploy({ modelsLoaded: true, loadError: errorMessage(err) });
  }
}

/** Open a model (its stage history) and one of its versions (default: production, else the newest). */
export async function selectModel(name: string, version: number | null = null): Promise<void> {
  const changed = useDeployStore.getState().selectedModel !== name;
  setDeploy(changed ? { selectedModel: name, detail: null, promoteError: null, rollbackError: null } : {});
  try {
    const detail = await call('models.get', { name });
    if (useDeployStore.getState().selectedModel !== name) return;
    const newest = detail.versions.reduce((n, v) => Math.max(n, v.version), 0);
    const keep = version !== null && detail.versions.some((v) => v.version === version);
    const chosen = keep ? version : (detail.production ?? newest);
    setDeploy({ detail });
    if (chosen) await selectVersion(chosen);
    void loadRequests();
  } catch (err) {
    setDeploy({ loadError: errorMessage(err) });
  }
}

export async function selectVersion(version: number): Promise<void> {
  const name = useDeployStore.getState().selectedModel;
  if (!name) return;
  setDeploy((s) => (s.selectedVersion === version ? {} : { selectedVersion: version, promoteError: null }));
  try {
    const lineage = await call('models.lineage', { name, version });
    const s = useDeployStore.getState();
    if (s.selectedModel !== name || s.selectedVersion !== version) return;
    setDeploy({ lineage, lineageError: null });
    void loadExample(`${name}@v${version}`, lineage.dataset.versionId, lineage.inputs);
  } catch (err) {
    setDeploy({ lineage: null, lineageError: errorMessage(err) });
  }
}

/**
 * The version's inputs (as its artifact records them; derived from the dataset's columns when the
 * file is gone) and an example row from the dataset version it was trained on.
 */
async function loadExample(key: string, versionId: string, recorded: ExampleInput[] | null): Promise<void> {
  if (useDeployStore.getState().example?.key === key) return;
  try {
    let inputs: ExampleInput[];
    if (recorded) inputs = recorded;
    else {
      const v = await call('data.version', { versionId });
      inputs = inputsFromColumns(v.columns, v.target);
    }
    const page = await call('data.rows', { versionId, offset: 0, limit: 20 });
    setDeploy({ example: { key, inputs, row: exampleRow(inputs, page) }, exampleError: null });
  } catch (err) {
    setDeploy({ example: null, exampleError: errorMessage(err) });
  }
}

export async function promote(stage: Stage, reason: string, overrideGate = false): Promise<boolean> {
  const s = useDeployStore.getState();
  if (!s.selectedModel || !s.selectedVersion) return false;
  setDeploy({ busy: true, promoteError: null });
  try {
    await call('models.promote', {
      name: s.selectedModel,
      version: s.selectedVersion,
      stage,
      reason,
      ...(overrideGate && stage === 'production' ? { overrideGate: true } : {}),
    });
    await selectModel(s.selectedModel, s.selectedVersion);
    void refreshModels();
    refreshSummarySoon();
    return true;
  } catch (err) {
    setDeploy({ promoteError: errorMessage(err) });
    return false;
  } finally {
    setDeploy({ busy: false });
  }
}

export async function rollback(reason: string): Promise<boolean> {
  const name = useDeployStore.getState().selectedModel;
  if (!name) return false;
  setDeploy({ busy: true, rollbackError: null });
  try {
    const result = await call('models.rollback', { name, reason });
    await selectModel(name, result.to);
    void refreshModels();
    refreshSummarySoon();
    return true;
  } catch (err) {
    setDeploy({ rollbackError: errorMessage(err) });
    return false;
  } finally {
    setDeploy({ busy: false });
  }
}

/** The latest logged predictions of the open model. */
export async function loadRequests(): Promise<void> {
  const name = useDeployStore.getState().selectedModel;
  if (!name) return;
  try {
    const requests = await call('serve.requests', { name, limit: 8 });
    if (useDeployStore.getState().selectedModel === name) setDeploy({ requests });
  } catch {
    // The log is a nicety; the server's own status says when it is unavailable.
  }
}
