/** Parameters of the data step's jobs (started by the data commands, validated here). */
import { z } from 'zod';
import { ColumnType, PipelineOptions, Recipe, SourceFormat, SplitSpec, TaskType } from './data.js';

export const DataImportParams = z
  .object({
    /** A file on this machine (browser mode uploads it first). */
    path: z.string().min(1, 'give the path of the file to import'),
    /** Dataset name; defaults to the file name without extension. */
    name: z.string().min(1).max(200).optional(),
    format: z.union([z.literal('auto'), SourceFormat]).default('auto'),
    delimiter: z.string().length(1, 'the delimiter is one character').optional(),
    header: z.enum(['auto', 'yes', 'no']).default('auto'),
    /** Type overrides by column name. */
    types: z.record(z.string(), ColumnType).optional(),
    target: z.string().min(1).optional(),
    task: TaskType.optional(),
  })
  .strict();
export type DataImportParams = z.infer<typeof DataImportParams>;

export const DataRecipeParams = z
  .object({ versionId: z.string().min(1), recipe: Recipe, note: z.string().max(500).default('') })
  .strict();
export type DataRecipeParams = z.infer<typeof DataRecipeParams>;

export const DataProfileParams = z.object({ versionId: z.string().min(1) }).strict();
export type DataProfileParams = z.infer<typeof DataProfileParams>;

export const DataExportParams = z
  .object({
    versionId: z.string().min(1),
    /** Where to write the CSV (on this machine). */
    path: z.string().min(1, 'give the path of the CSV file to write'),
    /** Add the rows' effective labels as a column `label` (when the dataset has labels). */
    includeLabels: z.boolean().default(true),
  })
  .strict();
export type DataExportParams = z.infer<typeof DataExportParams>;

export const DataSplitParams = z.object({ versionId: z.string().min(1), spec: SplitSpec }).strict();
export type DataSplitParams = z.infer<typeof DataSplitParams>;

export const DataPipelineParams = z
  .object({ versionId: z.string().min(1), options: PipelineOptions.default(PipelineOptions.parse({})) })
  .strict();
export type DataPipelineParams = z.infer<typeof DataPipelineParams>;

/** The job kinds of the data step, started only through the data commands. */
export const DATA_JOB_KINDS = [
  'data.import',
  'data.recipe',
  'data.profile',
  'data.export',
  'data.split',
  'data.pipeline',
] as const;
export type DataJobKind = (typeof DATA_JOB_KINDS)[number];

/** What a finished data.import job returns (also the CLI's `data import --json`). */
export const ImportResult = z.object({
  datasetId: z.string(),
  versionId: z.string(),
  name: z.string(),
  rows: z.number().int(),
  columns: z.number().int(),
  format: SourceFormat,
  warnings: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** What a finished data.recipe job returns. */
export const RecipeResult = z.object({
  datasetId: z.string(),
  versionId: z.string(),
  number: z.number().int(),
  parentId: z.string(),
  rows: z.number().int(),
  columns: z.number().int(),
});
export type RecipeResult = z.infer<typeof RecipeResult>;
