import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { z } from 'zod';
import { ColumnType, PipelineOptions, Recipe, SplitSpec, TaskType } from '../../../../shared/data.js';
import { ImportResult, RecipeResult } from '../../../../shared/data-jobs.js';
import { AppError } from '../../../../shared/errors.js';
import type { CliContext } from '../main.js';
import { awaitJob } from '../run-job-command.js';
import { formatDatasets, formatProfile, formatQuality, formatVersion } from './data-format.js';

const collect = (value: string, prev: string[] = []) => [...prev, value];

function parseTypes(pairs: string[] | undefined): Record<string, z.infer<typeof ColumnType>> | undefined {
  if (!pairs?.length) return undefined;
  const out: Record<string, z.infer<typeof ColumnType>> = {};
  for (const p of pairs) {
    const eq = p.lastIndexOf('=');
    const t = ColumnType.safeParse(p.slice(eq + 1));
    if (eq <= 0 || !t.success) {
      throw new AppError(
        'invalid_input',
        `--type takes COLUMN=TYPE with TYPE one of ${ColumnType.options.join(', ')} (got "${p}").`,
      );
    }
    out[p.slice(0, eq)] = t.data;
  }
  return out;
}

function readRecipe(file: string): z.infer<typeof Recipe> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new AppError('invalid_input', `Cannot read the recipe ${file}: ${(err as Error).message}`);
  }
  const steps = Array.isArray(raw) ? raw : (raw as { steps?: unknown })?.steps;
  const parsed = Recipe.safeParse(steps);
  if (!parsed.success) {
    throw new AppError(
      'invalid_input',
      `${file} is not a valid recipe (a JSON array of steps, or {"steps": [...]}): ${parsed.error.issues
        .slice(0, 5)
        .map(
          (i) =>
            `step ${typeof i.path[0] === 'number' ? i.path[0] + 1 : '?'}${i.path.length > 1 ? ` ${i.path.slice(1).join('.')}` : ''}: ${i.message}`,
        )
        .join('; ')}`,
    );
  }
  return parsed.data;
}

export function registerData(program: Command, ctx: () => CliContext): void {
  const data = program
    .command('data')
    .description('import, inspect, clean, split, label and export datasets');

  data
    .command('import <file>')
    .description('import a CSV, TSV, JSON array or JSON Lines file as a new dataset')
    .option('--name <name>', 'dataset name (default: the file name)')
    .option('--target <column>', 'the column to predict')
    .option('--task <task>', `binary, multiclass or regression (default: from the target)`)
    .option('--format <format>', 'auto, csv, tsv, json or jsonl', 'auto')
    .option('--delimiter <char>', 'CSV delimiter (default: detected)')
    .option('--header <mode>', 'auto, yes or no', 'auto')
    .option('--type <column=type>', 'override a column type (repeatable)', collect)
    .action(
      async (
        file: string,
        o: {
          name?: string;
          target?: string;
          task?: string;
          format: string;
          delimiter?: string;
          header: string;
          type?: string[];
        },
      ) => {
        const c = ctx();
        const engine = await c.engine();
        const task = o.task === undefined ? undefined : TaskType.safeParse(o.task);
        if (task && !task.success)
          throw new AppError('invalid_input', `--task must be one of ${TaskType.options.join(', ')}.`);
        const types = parseTypes(o.type);
        const job = await engine.call('data.import', {
          path: resolve(file),
          format: o.format as never,
          header: o.header as never,
          ...(o.name ? { name: o.name } : {}),
          ...(o.target ? { target: o.target } : {}),
          ...(task?.success ? { task: task.data } : {}),
          ...(o.delimiter ? { delimiter: o.delimiter } : {}),
          ...(types ? { types } : {}),
        });
        const r = ImportResult.parse(await awaitJob(c, engine, job));
        c.out.result(r, () =>
          [
            `Imported ${r.name}: ${r.rows.toLocaleString('en-US')} rows × ${r.columns} columns (${r.format})`,
            `dataset ${r.datasetId}`,
            `version ${r.versionId}`,
            ...r.warnings.map((w) => `warning: ${w}`),
          ].join('\n'),
        );
      },
    );

  data
    .command('list')
    .description('datasets and their versions')
    .action(async () => {
      const c = ctx();
      const list = await (await c.engine()).call('data.list', {});
      c.out.result({ datasets: list }, () => formatDatasets(list));
    });

  data
    .command('show <version>')
    .description(
      'schema, profile and quality report of a version (id, NAME@N, or a dataset name for its latest)',
    )
    .action(async (ref: string) => {
      const c = ctx();
      const engine = await c.engine();
      const version = await engine.call('data.version', { versionId: ref });
      const profile = await engine.call('data.profile', { versionId: version.id });
      const quality = await engine.call('data.quality', { versionId: version.id });
      c.out.result({ version, profile, quality }, () =>
        [formatVersion(version), formatProfile(profile), formatQuality(quality)].join('\n\n'),
      );
    });

  data
    .command('rows <version>')
    .description('print rows of a version')
    .option('--offset <n>', 'first row', '0')
    .option('--limit <n>', 'how many', '20')
    .action(async (ref: string, o: { offset: string; limit: string }) => {
      const c = ctx();
      const page = await (await c.engine()).call('data.rows', {
        versionId: ref,
        offset: Number(o.offset),
        limit: Number(o.limit),
      });
      c.out.result(page, () =>
        [
          page.columns.join('\t'),
          ...page.rows.map((r) => r.map((x) => (x === null ? '' : String(x))).join('\t')),
        ].join('\n'),
      );
    });

  data
    .command('configure <version>')
    .description("set a version's target, task and excluded columns")
    .option('--target <column>', 'the column to predict')
    .option('--task <task>', 'binary, multiclass or regression')
    .option('--exclude <column>', 'do not learn from this column (repeatable)', collect)
    .option('--include <column>', 'learn from this column again (repeatable)', collect)
    .action(
      async (ref: string, o: { target?: string; task?: string; exclude?: string[]; include?: string[] }) => {
        const c = ctx();
        const roles: Record<string, 'feature' | 'excluded'> = {};
        for (const col of o.exclude ?? []) roles[col] = 'excluded';
        for (const col of o.include ?? []) roles[col] = 'feature';
        const v = await (await c.engine()).call('data.configure', {
          versionId: ref,
          ...(o.target ? { target: o.target } : {}),
          ...(o.task ? { task: o.task as never } : {}),
          ...(Object.keys(roles).length ? { roles } : {}),
        });
        c.out.result(v, () => formatVersion(v));
      },
    );

  data
    .command('clean <version>')
    .description('apply a recipe (a JSON file of steps) to a version, making a new version')
    .requiredOption('--recipe <file>', 'JSON: [{"op": "impute", ...}, ...]')
    .option('--note <text>', 'why', '')
    .action(async (ref: string, o: { recipe: string; note: string }) => {
      const c = ctx();
      const recipe = readRecipe(o.recipe);
      const engine = await c.engine();
      const job = await engine.call('data.applyRecipe', { versionId: ref, recipe, note: o.note });
      const r = RecipeResult.parse(await awaitJob(c, engine, job));
      c.out.result(
        r,
        () =>
          `New version ${r.versionId} (v${r.number}): ${r.rows.toLocaleString('en-US')} rows × ${r.columns} columns, from ${r.parentId}`,
      );
    });

  data
    .command('split <version>')
    .description('split a version into train / validation / test')
    .option('--method <m>', 'random, stratified or time', 'stratified')
    .option('--train <f>', 'train fraction', '0.7')
    .option('--validation <f>', 'validation fraction', '0.15')
    .option('--test <f>', 'test fraction', '0.15')
    .option('--seed <n>', 'random seed', '42')
    .option('--time-column <column>', 'for time splits: the column that orders rows')
    .action(
      async (
        ref: string,
        o: {
          method: string;
          train: string;
          validation: string;
          test: string;
          seed: string;
          timeColumn?: string;
        },
      ) => {
        const c = ctx();
        const spec = SplitSpec.safeParse({
          method: o.method,
          train: Number(o.train),
          validation: Number(o.validation),
          test: Number(o.test),
          seed: Number(o.seed),
          ...(o.timeColumn ? { timeColumn: o.timeColumn } : {}),
        });
        if (!spec.success)
          throw new AppError(
            'invalid_input',
            `Invalid split: ${spec.error.issues.map((i) => `${i.path.join('.') || 'split'}: ${i.message}`).join('; ')}`,
          );
        const engine = await c.engine();
        const job = await engine.call('data.split', { versionId: ref, spec: spec.data });
        const r = (await awaitJob(c, engine, job)) as {
          versionId: string;
          counts: { train: number; validation: number; test: number };
        };
        c.out.result(
          r,
          () =>
            `Split ${r.versionId}: train ${r.counts.train}, validation ${r.counts.validation}, test ${r.counts.test}`,
        );
      },
    );

  data
    .command('export <version> <file>')
    .description('write a version (with its labels) to a CSV file')
    .option('--no-labels', 'leave out the label column')
    .action(async (ref: string, file: string, o: { labels: boolean }) => {
      const c = ctx();
      const engine = await c.engine();
      const job = await engine.call('data.export', {
        versionId: ref,
        path: resolve(file),
        includeLabels: o.labels,
      });
      const r = (await awaitJob(c, engine, job)) as {
        path: string;
        rows: number;
        bytes: number;
        labeled: number;
      };
      c.out.result(
        r,
        () =>
          `Wrote ${r.rows.toLocaleString('en-US')} rows to ${r.path} (${r.bytes.toLocaleString('en-US')} bytes${r.labeled ? `, ${r.labeled} labels` : ''})`,
      );
    });

  data
    .command('label-import <version>')
    .description("accept a column's values as labels")
    .requiredOption('--from-column <column>', 'the column whose values become labels')
    .option('--annotator <name>', 'record the labels under this name (default import:COLUMN)')
    .action(async (ref: string, o: { fromColumn: string; annotator?: string }) => {
      const c = ctx();
      const r = await (await c.engine()).call('labels.importColumn', {
        versionId: ref,
        column: o.fromColumn,
        ...(o.annotator ? { annotator: o.annotator } : {}),
      });
      c.out.result(
        r,
        () =>
          `Imported ${r.imported.toLocaleString('en-US')} labels as ${r.annotator} (${r.skippedMissing} rows had no value)`,
      );
    });

  data
    .command('pipeline <version>')
    .description('fit the feature pipeline on the train split and print it (JSON)')
    .option('--scaling <s>', 'standard, minmax, robust or none', 'standard')
    .option('--encoding <e>', 'onehot or index', 'onehot')
    .action(async (ref: string, o: { scaling: string; encoding: string }) => {
      const c = ctx();
      const options = PipelineOptions.safeParse({
        numericScaling: o.scaling,
        categoricalEncoding: o.encoding,
      });
      if (!options.success) {
        throw new AppError(
          'invalid_input',
          `Invalid pipeline options: ${options.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      const p = await (await c.engine()).call('data.pipeline', { versionId: ref, options: options.data });
      c.out.result(p, () =>
        [
          `Pipeline for ${p.versionId}: ${p.features.length} features → ${p.denseWidth} dense inputs (fitted on ${p.fittedOn.rows.toLocaleString('en-US')} train rows)`,
          ...p.features.map(
            (f) =>
              `  ${f.column.padEnd(24)} ${f.kind}${f.kind === 'categorical' ? ` (${f.encoding}, ${f.vocabulary.length} categories + unknown)` : f.kind === 'numeric' ? ` (${f.scaling})` : ''}`,
          ),
          p.target
            ? `Target ${p.target.column} (${p.target.task})${p.target.classes ? `: ${p.target.classes.join(', ')}` : ''}`
            : 'No target',
        ].join('\n'),
      );
    });

  data
    .command('compare <a> <b>')
    .description('compare two versions')
    .action(async (a: string, b: string) => {
      const c = ctx();
      const r = await (await c.engine()).call('data.compare', { a, b });
      c.out.result(r, () => JSON.stringify(r, null, 2));
    });

  data
    .command('delete <dataset>')
    .description('delete a dataset with its versions and labels')
    .action(async (id: string) => {
      const c = ctx();
      const r = await (await c.engine()).call('data.delete', { datasetId: id });
      c.out.result(r, () => `Deleted ${r.deleted}`);
    });
}
