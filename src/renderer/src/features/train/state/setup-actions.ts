import type { DatasetRecord } from '../../../../../shared/data';
import type { TemplateId } from '../../../../../shared/train';
import { call, errorMessage } from '../../../transport/client';
import { setTrain, useTrainStore } from './train-store';
import { loadDefaultSpace } from './tune-actions';

/** The newest version of the newest dataset (data.list is newest first). */
function newestVersion(datasets: DatasetRecord[]): string | null {
  const d = datasets[0];
  if (!d) return null;
  let best = d.versions[0];
  for (const v of d.versions) if (best && v.number > best.number) best = v;
  return best?.id ?? null;
}

/** The datasets and their versions; keeps the chosen version if it still exists. */
export async function loadDatasets(): Promise<void> {
  try {
    const datasets = await call('data.list', {});
    setTrain({ datasets, datasetsLoaded: true, loadError: null });
    const { versionId } = useTrainStore.getState();
    const exists = versionId && datasets.some((d) => d.versions.some((v) => v.id === versionId));
    if (exists) await refreshVersion(versionId);
    else {
      const next = newestVersion(datasets);
      if (next) await selectVersion(next);
      else setTrain({ versionId: null, defaults: null, draft: null });
    }
  } catch (err) {
    setTrain({ datasetsLoaded: true, loadError: errorMessage(err) });
  }
}

/** The name a new model gets: the dataset's name. */
function datasetNameOf(versionId: string): string {
  const d = useTrainStore.getState().datasets.find((x) => x.versions.some((v) => v.id === versionId));
  return d?.name ?? '';
}

/**
 * Choose the version to train on: load its record (target, task, split) and, when it has a
 * target, its data-derived default parameters, which become the form's values.
 */
export async function selectVersion(versionId: string): Promise<void> {
  setTrain((s) => ({
    versionId,
    testVersionId: s.testVersionId === versionId ? null : s.testVersionId,
    defaults: null,
    defaultsError: null,
    draft: null,
    invalid: {},
    startErrors: null,
    modelName: datasetNameOf(versionId),
  }));
  try {
    const version = await call('data.version', { versionId });
    setTrain((s) => ({ versions: { ...s.versions, [versionId]: version } }));
    if (!version.target) return;
    const defaults = await call('train.defaults', { versionId });
    if (useTrainStore.getState().versionId !== versionId) return;
    setTrain({ defaults: { versionId, ...defaults }, draft: defaults.params });
    if (useTrainStore.getState().space.length === 0) void loadDefaultSpace(defaults.params.template);
  } catch (err) {
    if (useTrainStore.getState().versionId === versionId) setTrain({ defaultsError: errorMessage(err) });
  }
}

/**
 * Read the chosen version again (its target, task or split may have changed in the Data step):
 * when they did, or its defaults are missing, derive the defaults again; else keep the edits.
 */
export async function refreshVersion(versionId: string): Promise<void> {
  const before = useTrainStore.getState().versions[versionId];
  let version: Awaited<ReturnType<typeof call<'data.version'>>>;
  try {
    version = await call('data.version', { versionId });
  } catch {
    return selectVersion(versionId);
  }
  const same =
    before &&
    before.target === version.target &&
    before.task === version.task &&
    before.split?.blob === version.split?.blob &&
    JSON.stringify(before.columns.map((c) => c.role)) === JSON.stringify(version.columns.map((c) => c.role));
  if (same && useTrainStore.getState().defaults?.versionId === versionId) return;
  await selectVersion(versionId);
}

/** Load a version's record once (to show the test version's rows and target). */
export async function ensureVersion(versionId: string): Promise<void> {
  if (useTrainStore.getState().versions[versionId]) return;
  try {
    const version = await call('data.version', { versionId });
    setTrain((s) => ({ versions: { ...s.versions, [versionId]: version } }));
  } catch {
    // The picker says the version could not be read when it has no record.
  }
}

/** Switch the template; the search space follows it (its default space) unless it was edited for it. */
export function setTemplate(template: TemplateId): void {
  const { draft } = useTrainStore.getState();
  if (!draft || draft.template === template) return;
  setTrain({ draft: { ...draft, template } });
  void loadDefaultSpace(template);
}

/** Back to the data-derived defaults. */
export function resetParams(): void {
  const { defaults } = useTrainStore.getState();
  if (defaults) setTrain({ draft: defaults.params, invalid: {}, startErrors: null });
}
