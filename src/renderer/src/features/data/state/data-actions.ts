import type { ColumnRole, Recipe, SplitSpec, TaskType, VersionRecord } from '../../../../../shared/data';
import type { DataImportParams, ImportResult, RecipeResult } from '../../../../../shared/data-jobs';
import type { JobRecord } from '../../../../../shared/jobs';
import { refreshSummarySoon } from '../../../store/engine-sync';
import { call, errorMessage } from '../../../transport/client';
import { forgetAnalysis } from './analysis-cache';
import { useDataStore } from './data-store';
import { jobFailure, waitForJob } from './job-watch';

/** What an action that runs a job answers: its result, or why it did not succeed. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

/** Told the job's id once the engine has queued it (to show its progress and offer Cancel). */
export type OnStarted = (jobId: string) => void;

async function runJob<T>(start: () => Promise<JobRecord>, onStarted?: OnStarted): Promise<Outcome<T>> {
  let job: JobRecord;
  try {
    job = await start();
  } catch (err) {
    return { ok: false, error: errorMessage(err) };
  }
  onStarted?.(job.id);
  const finished = await waitForJob(job);
  if (finished.status !== 'succeeded') return { ok: false, error: jobFailure(finished) };
  return { ok: true, value: finished.result as T };
}

export async function refreshDatasets(): Promise<void> {
  const store = useDataStore.getState();
  try {
    const datasets = await call('data.list', {});
    store.setDatasets(datasets);
    const { datasetId } = useDataStore.getState();
    if (datasetId && !datasets.some((d) => d.id === datasetId)) store.select(null, null);
    else if (!datasetId && datasets[0]) void openDataset(datasets[0].id);
  } catch (err) {
    store.setListError(errorMessage(err));
  }
}

/** Open a version: show it at once if known, then load its record. */
export async function openVersion(versionId: string, datasetId?: string): Promise<void> {
  const store = useDataStore.getState();
  const owner =
    datasetId ??
    store.datasets.find((d) => d.versions.some((v) => v.id === versionId))?.id ??
    store.datasetId;
  store.select(owner, versionId);
  try {
    const version = await call('data.version', { versionId });
    if (useDataStore.getState().versionId === versionId) useDataStore.getState().setVersion(version);
  } catch (err) {
    if (useDataStore.getState().versionId === versionId)
      useDataStore.getState().setVersion(null, errorMessage(err));
  }
}

/** Open a dataset at its newest version (or a given one). */
export async function openDataset(datasetId: string, versionId?: string): Promise<void> {
  const dataset = useDataStore.getState().datasets.find((d) => d.id === datasetId);
  let newest = dataset?.versions[0];
  for (const v of dataset?.versions ?? []) if (newest && v.number > newest.number) newest = v;
  const target = versionId ?? newest?.id;
  if (!target) {
    useDataStore.getState().select(datasetId, null);
    return;
  }
  await openVersion(target, datasetId);
}

export async function reloadVersion(): Promise<void> {
  const { versionId, datasetId } = useDataStore.getState();
  if (versionId) await openVersion(versionId, datasetId ?? undefined);
}

export async function importDataset(
  params: DataImportParams,
  onStarted?: OnStarted,
): Promise<Outcome<ImportResult>> {
  const outcome = await runJob<ImportResult>(() => call('data.import', params), onStarted);
  if (outcome.ok) {
    await refreshDatasets();
    useDataStore.getState().setImportOpen(false);
    useDataStore.getState().setView('table');
    await openDataset(outcome.value.datasetId, outcome.value.versionId);
  }
  return outcome;
}

/** Apply recipe steps to a version; the new version opens when it is stored. */
export async function applyRecipe(
  versionId: string,
  recipe: Recipe,
  note: string,
  onStarted?: OnStarted,
): Promise<Outcome<RecipeResult>> {
  const outcome = await runJob<RecipeResult>(
    () => call('data.applyRecipe', { versionId, recipe, note }),
    onStarted,
  );
  if (outcome.ok) {
    await refreshDatasets();
    await openVersion(outcome.value.versionId, outcome.value.datasetId);
  }
  return outcome;
}

export async function splitVersion(
  versionId: string,
  spec: SplitSpec,
  onStarted?: OnStarted,
): Promise<Outcome<{ counts: { train: number; validation: number; test: number } }>> {
  const outcome = await runJob<{ counts: { train: number; validation: number; test: number } }>(
    () => call('data.split', { versionId, spec }),
    onStarted,
  );
  if (outcome.ok) {
    forgetAnalysis(versionId);
    if (useDataStore.getState().versionId === versionId) await reloadVersion();
  }
  return outcome;
}

export function exportVersion(
  versionId: string,
  path: string,
  includeLabels: boolean,
  onStarted?: OnStarted,
) {
  return runJob<{ path: string; rows: number; bytes: number; labeled: number }>(
    () => call('data.export', { versionId, path, includeLabels }),
    onStarted,
  );
}

export async function deleteDataset(datasetId: string): Promise<Outcome<null>> {
  try {
    await call('data.delete', { datasetId });
  } catch (err) {
    return { ok: false, error: errorMessage(err) };
  }
  const store = useDataStore.getState();
  if (store.datasetId === datasetId) store.select(null, null);
  await refreshDatasets();
  refreshSummarySoon();
  return { ok: true, value: null };
}

/** Set a version's target, task or column roles; the profile and report are recomputed. */
export async function configureVersion(
  versionId: string,
  patch: { target?: string | null; task?: TaskType | null; roles?: Record<string, ColumnRole> },
): Promise<Outcome<VersionRecord>> {
  try {
    const version = await call('data.configure', { versionId, ...patch });
    forgetAnalysis(versionId);
    if (useDataStore.getState().versionId === versionId) useDataStore.getState().setVersion(version);
    refreshSummarySoon();
    return { ok: true, value: version };
  } catch (err) {
    return { ok: false, error: errorMessage(err) };
  }
}
