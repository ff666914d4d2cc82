/** The data step's commands (datasets, versions, profile, quality, recipes, splits, pipeline, labels). */
import { z } from 'zod';
import {
  Cell,
  ColumnRole,
  DatasetProfile,
  DatasetRecord,
  FeaturePipeline,
  LabelQueueItem,
  LabelRecord,
  LabelSet,
  LabelStats,
  QualityReport,
  RowsPage,
  TaskType,
  VersionComparison,
  VersionRecord,
} from './data.js';
import {
  DataExportParams,
  DataImportParams,
  DataPipelineParams,
  DataRecipeParams,
  DataSplitParams,
} from './data-jobs.js';
import { JobRecord } from './jobs.js';

/** A version: its id, `dataset-name@N`, or a dataset name/id for its latest version. */
const VersionRef = z.string().min(1, 'give a version id or dataset-name@N');
const Annotator = z.string().trim().min(1, 'give the annotator name').max(100);
const QueueOrder = z.enum(['random', 'entropy', 'margin']);

export const dataContract = {
  'data.list': {
    summary: 'Datasets with their versions, newest first.',
    input: z.object({}).strict(),
    output: z.array(DatasetRecord),
  },
  'data.get': {
    summary: 'One dataset with its versions.',
    input: z.object({ datasetId: z.string().min(1) }).strict(),
    output: DatasetRecord,
  },
  'data.version': {
    summary: 'One version: schema, lineage, target, split.',
    input: z.object({ versionId: VersionRef }).strict(),
    output: VersionRecord,
  },
  'data.rows': {
    summary: 'A page of rows of a version (for the table view).',
    input: z
      .object({
        versionId: VersionRef,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(2000).default(100),
        columns: z.array(z.string()).optional(),
      })
      .strict(),
    output: RowsPage,
  },
  'data.import': {
    summary: 'Import a CSV/TSV/JSON/JSONL file as a new dataset (a job).',
    input: DataImportParams,
    output: JobRecord,
  },
  'data.applyRecipe': {
    summary: 'Apply cleaning steps to a version, making a new version (a job).',
    input: DataRecipeParams,
    output: JobRecord,
  },
  'data.profile': {
    summary: "A version's column profiles (computed once, then cached).",
    input: z.object({ versionId: VersionRef }).strict(),
    output: DatasetProfile,
  },
  'data.quality': {
    summary: "A version's quality report, with one-click fixes.",
    input: z.object({ versionId: VersionRef }).strict(),
    output: QualityReport,
  },
  'data.configure': {
    summary: "Set a version's target, task and column roles (its data stays as it is).",
    input: z
      .object({
        versionId: VersionRef,
        target: z.string().min(1).nullable().optional(),
        task: TaskType.nullable().optional(),
        roles: z.record(z.string(), ColumnRole).optional(),
      })
      .strict(),
    output: VersionRecord,
  },
  'data.compare': {
    summary: 'Compare two versions: rows, schema, profile deltas.',
    input: z.object({ a: VersionRef, b: VersionRef }).strict(),
    output: VersionComparison,
  },
  'data.export': {
    summary: 'Export a version (with labels) to a CSV file (a job).',
    input: DataExportParams,
    output: JobRecord,
  },
  'data.split': {
    summary: 'Split a version into train / validation / test (a job).',
    input: DataSplitParams,
    output: JobRecord,
  },
  'data.pipeline': {
    summary: 'The feature pipeline fitted on the train split.',
    input: DataPipelineParams,
    output: FeaturePipeline,
  },
  'data.delete': {
    summary: 'Delete a dataset, its versions and labels.',
    input: z.object({ datasetId: z.string().min(1) }).strict(),
    output: z.object({ deleted: z.string() }),
  },
  'labels.getSet': {
    summary: "A dataset's label set (null if none).",
    input: z.object({ datasetId: z.string().min(1) }).strict(),
    output: LabelSet.nullable(),
  },
  'labels.setSet': {
    summary: "Create or change a dataset's label set.",
    input: z.object({ set: LabelSet }).strict(),
    output: LabelSet,
  },
  'labels.queue': {
    summary: 'The next rows for an annotator to label.',
    input: z
      .object({
        versionId: VersionRef,
        annotator: Annotator,
        order: QueueOrder.default('random'),
        limit: z.number().int().min(1).max(50).default(5),
        /** Rows skipped in this session. */
        exclude: z.array(z.number().int()).max(10_000).default([]),
      })
      .strict(),
    output: z.object({ items: z.array(LabelQueueItem), labeled: z.number().int(), total: z.number().int() }),
  },
  'labels.submit': {
    summary: 'Label one row.',
    input: z
      .object({
        versionId: VersionRef,
        rowId: z.number().int().min(0),
        label: z.string().min(1).max(200),
        annotator: Annotator,
      })
      .strict(),
    output: z.object({ record: LabelRecord, labeled: z.number().int(), total: z.number().int() }),
  },
  'labels.undo': {
    summary: "Undo the annotator's last label.",
    input: z.object({ versionId: VersionRef, annotator: Annotator }).strict(),
    output: z.object({
      undone: LabelRecord.nullable(),
      /** The undone row, to show it again. */
      item: LabelQueueItem.nullable(),
      labeled: z.number().int(),
      total: z.number().int(),
    }),
  },
  'labels.resolve': {
    summary: 'Settle a row annotators disagree on.',
    input: z
      .object({
        versionId: VersionRef,
        rowId: z.number().int().min(0),
        label: z.string().min(1).max(200),
        reviewer: Annotator,
      })
      .strict(),
    output: LabelRecord,
  },
  'labels.importColumn': {
    summary: "Accept a column's values as labels, in bulk.",
    input: z
      .object({ versionId: VersionRef, column: z.string().min(1), annotator: Annotator.optional() })
      .strict(),
    output: z.object({ imported: z.number().int(), skippedMissing: z.number().int(), annotator: z.string() }),
  },
  'labels.stats': {
    summary: 'Labeling progress, agreement (Cohen’s kappa) and class counts.',
    input: z.object({ versionId: VersionRef }).strict(),
    output: LabelStats,
  },
  'labels.disagreements': {
    summary: 'Rows whose annotators disagree.',
    input: z
      .object({
        versionId: VersionRef,
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.array(
      z.object({ rowId: z.number().int(), labels: z.array(LabelRecord), values: z.record(z.string(), Cell) }),
    ),
  },
  'labels.history': {
    summary: 'Every label a row was given, oldest first.',
    input: z.object({ versionId: VersionRef, rowId: z.number().int().min(0) }).strict(),
    output: z.array(LabelRecord.extend({ state: z.string(), resolution: z.boolean() })),
  },
} as const;
