import { statSync } from 'node:fs';
import type { DatasetProfile, FeaturePipeline, QualityReport } from '../../../shared/data.js';
import { AppError } from '../../../shared/errors.js';
import type { EngineContext } from '../context.js';
import { compareVersions } from '../data/compare/compare-versions.js';
import { configKey } from '../data/config-key.js';
import { validateRecipe } from '../data/recipes/apply-recipe.js';
import { toVersionRecord, type VersionManifest } from '../data/store/datasets-store.js';
import { readRows } from '../data/table/load.js';
import { checkTarget } from '../data/task.js';
import { runJob } from './run-job.js';
import type { Handlers } from './types.js';

type DataCommand =
  | 'data.list'
  | 'data.get'
  | 'data.version'
  | 'data.rows'
  | 'data.import'
  | 'data.applyRecipe'
  | 'data.profile'
  | 'data.quality'
  | 'data.configure'
  | 'data.compare'
  | 'data.export'
  | 'data.split'
  | 'data.pipeline'
  | 'data.delete';

/** Check an input file before queueing an import, so the error comes at once and names the path. */
function assertReadableFile(path: string): void {
  let st: import('node:fs').Stats;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError(
      'invalid_input',
      code === 'ENOENT'
        ? `${path} does not exist. Check the path.`
        : `Cannot read ${path}: ${(err as Error).message}`,
    );
  }
  if (st.isDirectory())
    throw new AppError('invalid_input', `${path} is a folder; give a CSV, TSV, JSON or JSON Lines file.`);
  if (!st.isFile()) throw new AppError('invalid_input', `${path} is not a regular file.`);
}

export function dataHandlers(ctx: EngineContext): Pick<Handlers, DataCommand> {
  const { datasets, columns, labels } = ctx.data;

  /** Profile and quality report, from the cache or computed by a job (and cached). */
  const analysis = async (
    v: VersionManifest,
  ): Promise<{ profile: DatasetProfile; quality: QualityReport }> => {
    const key = configKey(v);
    let profile = datasets.cacheGet<DatasetProfile>(v.id, 'profile', key);
    let quality = datasets.cacheGet<QualityReport>(v.id, 'quality', key);
    if (!profile || !quality) {
      await runJob(ctx, 'data.profile', { versionId: v.id });
      const fresh = datasets.requireVersion(v.id);
      profile = datasets.cacheGet<DatasetProfile>(v.id, 'profile', configKey(fresh));
      quality = datasets.cacheGet<QualityReport>(v.id, 'quality', configKey(fresh));
      if (!profile || !quality)
        throw new AppError('conflict', 'The version changed while it was profiled; ask again.');
    }
    return { profile, quality };
  };

  return {
    'data.list': () => datasets.list(),
    'data.get': ({ datasetId }) => datasets.requireDataset(datasetId),
    'data.version': ({ versionId }) => toVersionRecord(datasets.resolveVersion(versionId)),
    'data.rows': ({ versionId, offset, limit, columns: only }) => {
      const v = datasets.resolveVersion(versionId);
      const page = readRows(columns, v, offset, limit, only);
      return { versionId: v.id, offset, totalRows: v.rows, ...page };
    },
    'data.import': async (params) => {
      assertReadableFile(params.path);
      await ctx.backend.get();
      return ctx.runner.submit('data.import', params);
    },
    'data.applyRecipe': async (params) => {
      const v = datasets.resolveVersion(params.versionId);
      validateRecipe(v.columns, params.recipe);
      await ctx.backend.get();
      return ctx.runner.submit('data.recipe', { ...params, versionId: v.id });
    },
    'data.profile': async ({ versionId }) => (await analysis(datasets.resolveVersion(versionId))).profile,
    'data.quality': async ({ versionId }) => (await analysis(datasets.resolveVersion(versionId))).quality,
    'data.configure': ({ versionId, target, task, roles }) => {
      const v = datasets.resolveVersion(versionId);
      let nextTarget = target === undefined ? v.target : target;
      let nextTask = task === undefined ? v.task : task;
      const cols = v.columns.map((c) => ({ ...c }));
      if (roles) {
        for (const [name, role] of Object.entries(roles)) {
          const c = cols.find((x) => x.name === name);
          if (!c)
            throw new AppError(
              'invalid_input',
              `No column "${name}". Columns: ${cols.map((x) => x.name).join(', ')}.`,
            );
          if (role === 'target') nextTarget = name;
          else c.role = role;
        }
      }
      if (nextTarget) {
        const col = cols.find((c) => c.name === nextTarget);
        if (!col)
          throw new AppError(
            'invalid_input',
            `No column "${nextTarget}" to use as the target. Columns: ${cols.map((x) => x.name).join(', ')}.`,
          );
        nextTask = checkTarget(
          col,
          columns.getColumn(col.blob),
          task === undefined ? (target === undefined ? nextTask : null) : task,
        );
      } else {
        nextTask = null;
      }
      for (const c of cols) {
        if (c.name === nextTarget) c.role = 'target';
        else if (c.role === 'target') c.role = 'feature';
      }
      const updated = datasets.configure(v.id, {
        target: nextTarget ?? null,
        task: nextTask ?? null,
        columns: cols,
      });
      return toVersionRecord(updated);
    },
    'data.compare': async ({ a, b }) => {
      const va = datasets.resolveVersion(a);
      const vb = datasets.resolveVersion(b);
      const [pa, pb] = [(await analysis(va)).profile, (await analysis(vb)).profile];
      return compareVersions(toVersionRecord(va), toVersionRecord(vb), pa, pb);
    },
    'data.export': async (params) => {
      const v = datasets.resolveVersion(params.versionId);
      await ctx.backend.get();
      return ctx.runner.submit('data.export', { ...params, versionId: v.id });
    },
    'data.split': async (params) => {
      const v = datasets.resolveVersion(params.versionId);
      if (params.spec.timeColumn && !v.columns.some((c) => c.name === params.spec.timeColumn)) {
        throw new AppError(
          'invalid_input',
          `No column "${params.spec.timeColumn}" to order a time split by.`,
        );
      }
      if (params.spec.method === 'stratified' && (!v.target || v.task === 'regression')) {
        throw new AppError(
          'invalid_input',
          'A stratified split needs a classification target: set the target first, or use a random split.',
        );
      }
      await ctx.backend.get();
      return ctx.runner.submit('data.split', { ...params, versionId: v.id });
    },
    'data.pipeline': async (params) => {
      const v = datasets.resolveVersion(params.versionId);
      const key = `${configKey(v)}:${JSON.stringify(params.options)}`;
      const cached = datasets.cacheGet<FeaturePipeline>(v.id, 'pipeline', key);
      if (cached) return cached;
      await runJob(ctx, 'data.pipeline', { ...params, versionId: v.id });
      const fresh = datasets.cacheGet<FeaturePipeline>(v.id, 'pipeline', key);
      if (!fresh)
        throw new AppError('conflict', 'The version changed while the pipeline was fitted; ask again.');
      return fresh;
    },
    'data.delete': ({ datasetId }) => {
      datasets.deleteDataset(datasetId);
      ctx.data.queue.invalidate(datasetId);
      void labels;
      return { deleted: datasetId };
    },
  };
}
