/**
 * Datasets, versions, schema, profile, quality report, recipes, splits and the feature pipeline:
 * the shapes the data step's commands take and return.
 */
import { z } from 'zod';

/** Logical column types, as inferred and as the user may override them. */
export const COLUMN_TYPES = [
  'integer',
  'float',
  'boolean',
  'categorical',
  'datetime',
  'text',
  'identifier',
] as const;
export const ColumnType = z.enum(COLUMN_TYPES);
export type ColumnType = z.infer<typeof ColumnType>;

/** feature: used for learning; target: the label; excluded: kept but never learned from. */
export const ColumnRole = z.enum(['feature', 'target', 'excluded']);
export type ColumnRole = z.infer<typeof ColumnRole>;

export const TaskType = z.enum(['binary', 'multiclass', 'regression']);
export type TaskType = z.infer<typeof TaskType>;

/** How a column's values are stored: numbers (NaN = missing), dictionary codes (-1 = missing) or text. */
export const StorageKind = z.enum(['number', 'dict', 'text']);
export type StorageKind = z.infer<typeof StorageKind>;

/** What inference saw in a column's raw values (for the "mixed types" finding). */
export const InferenceEvidence = z.object({
  /** Non-missing values seen of each raw kind. */
  integer: z.number().int(),
  float: z.number().int(),
  boolean: z.number().int(),
  datetime: z.number().int(),
  string: z.number().int(),
  missing: z.number().int(),
  /** A few raw values that did not fit the chosen type, with their 1-based data row numbers. */
  offenders: z.array(z.object({ row: z.number().int(), value: z.string() })),
});
export type InferenceEvidence = z.infer<typeof InferenceEvidence>;

export const ColumnSchema = z.object({
  name: z.string(),
  type: ColumnType,
  /** What inference chose on import (type differs when the user overrode it). */
  inferredType: ColumnType,
  storage: StorageKind,
  role: ColumnRole,
  /** Content address (sha256) of the column's stored bytes. */
  blob: z.string(),
  missing: z.number().int(),
  evidence: InferenceEvidence.nullable(),
});
export type ColumnSchema = z.infer<typeof ColumnSchema>;

export const SourceFormat = z.enum(['csv', 'tsv', 'json', 'jsonl']);
export type SourceFormat = z.infer<typeof SourceFormat>;

// ---------------------------------------------------------------- recipes

/** A row condition: one test on one column. */
export const Condition = z.object({
  column: z.string().min(1),
  op: z.enum(['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'in', 'not_in', 'is_missing', 'not_missing', 'contains']),
  /** A number, string or boolean; a list for in / not_in; absent for is_missing / not_missing. */
  value: z
    .union([z.number(), z.string(), z.boolean(), z.array(z.union([z.number(), z.string(), z.boolean()]))])
    .optional(),
});
export type Condition = z.infer<typeof Condition>;

/** One reproducible cleaning step. Steps apply in order to the parent version. */
export const RecipeStep = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('impute'),
    columns: z.array(z.string().min(1)).min(1),
    strategy: z.enum(['mean', 'median', 'mode', 'constant']),
    /** The fill value for `constant`. */
    value: z.union([z.number(), z.string(), z.boolean()]).optional(),
    /** Also add `<column>_missing` (1 where the value was missing). */
    addIndicator: z.boolean().default(false),
  }),
  z.object({ op: z.literal('drop_columns'), columns: z.array(z.string().min(1)).min(1) }),
  /** Drop rows where any of `columns` (all columns if absent) is missing. */
  z.object({ op: z.literal('drop_missing'), columns: z.array(z.string().min(1)).optional() }),
  /** Drop rows matching every condition. */
  z.object({ op: z.literal('drop_rows'), where: z.array(Condition).min(1) }),
  /** Keep only rows matching every condition. */
  z.object({ op: z.literal('filter'), where: z.array(Condition).min(1) }),
  z.object({
    op: z.literal('clip'),
    column: z.string().min(1),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  /** Clip to the column's own quantiles (e.g. 0.01 and 0.99). */
  z.object({
    op: z.literal('winsorize'),
    column: z.string().min(1),
    lower: z.number().min(0).max(0.5).default(0.01),
    upper: z.number().min(0.5).max(1).default(0.99),
  }),
  /** Drop repeated rows, comparing `columns` (all if absent); the first occurrence stays. */
  z.object({ op: z.literal('deduplicate'), columns: z.array(z.string().min(1)).optional() }),
  z.object({ op: z.literal('cast'), column: z.string().min(1), to: ColumnType }),
  z.object({ op: z.literal('rename'), from: z.string().min(1), to: z.string().min(1) }),
  /** Merge rare categories (share of the non-missing rows below `minShare`) into `other`. */
  z.object({
    op: z.literal('group_rare'),
    column: z.string().min(1),
    minShare: z.number().min(0).max(0.5).default(0.01),
    other: z.string().default('(other)'),
  }),
  /** Write the rows' effective labels (from labeling) into `column` (created if absent). */
  z.object({ op: z.literal('apply_labels'), column: z.string().min(1) }),
]);
export type RecipeStep = z.infer<typeof RecipeStep>;
export const Recipe = z.array(RecipeStep).min(1, 'a recipe needs at least one step');
export type Recipe = z.infer<typeof Recipe>;

// ---------------------------------------------------------------- splits

export const SplitSpec = z
  .object({
    method: z.enum(['random', 'stratified', 'time']),
    train: z.number().gt(0).lt(1).default(0.7),
    validation: z.number().min(0).lt(1).default(0.15),
    test: z.number().min(0).lt(1).default(0.15),
    seed: z.number().int().default(42),
    /** For `time`: the datetime (or numeric) column that orders rows; the latest rows become test. */
    timeColumn: z.string().optional(),
  })
  .refine((s) => Math.abs(s.train + s.validation + s.test - 1) < 1e-6, {
    message: 'train + validation + test must add up to 1',
  })
  .refine((s) => s.method !== 'time' || Boolean(s.timeColumn), { message: 'a time split needs timeColumn' });
export type SplitSpec = z.infer<typeof SplitSpec>;

export const SplitInfo = z.object({
  spec: SplitSpec,
  /** Content address of the per-row assignment (0 train, 1 validation, 2 test). */
  blob: z.string(),
  counts: z.object({ train: z.number().int(), validation: z.number().int(), test: z.number().int() }),
  createdAt: z.string(),
});
export type SplitInfo = z.infer<typeof SplitInfo>;

// ---------------------------------------------------------------- datasets and versions

export const VersionRecord = z.object({
  id: z.string(),
  datasetId: z.string(),
  /** 1, 2, 3… within its dataset. */
  number: z.number().int(),
  parentId: z.string().nullable(),
  /** The recipe that made it from its parent (null for an import). */
  recipe: Recipe.nullable(),
  note: z.string(),
  rows: z.number().int(),
  columns: z.array(ColumnSchema),
  /** sha256 over the rows and schema (names, types, values): equal hashes mean equal data. */
  contentHash: z.string(),
  target: z.string().nullable(),
  task: TaskType.nullable(),
  split: SplitInfo.nullable(),
  createdAt: z.string(),
});
export type VersionRecord = z.infer<typeof VersionRecord>;

export const DatasetRecord = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  source: z.object({ path: z.string(), format: SourceFormat, bytes: z.number().int() }),
  versions: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      rows: z.number().int(),
      createdAt: z.string(),
      note: z.string(),
    }),
  ),
});
export type DatasetRecord = z.infer<typeof DatasetRecord>;

/** A cell as it crosses the contract: numbers, strings, booleans, datetimes as ISO strings, null = missing. */
export const Cell = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export type Cell = z.infer<typeof Cell>;

export const RowsPage = z.object({
  versionId: z.string(),
  offset: z.number().int(),
  /** Stable row ids (kept through recipes; labels attach to them). */
  rowIds: z.array(z.number().int()),
  columns: z.array(z.string()),
  rows: z.array(z.array(Cell)),
  totalRows: z.number().int(),
});
export type RowsPage = z.infer<typeof RowsPage>;

// ---------------------------------------------------------------- profile

export const ColumnProfile = z.object({
  name: z.string(),
  type: ColumnType,
  role: ColumnRole,
  count: z.number().int(),
  missing: z.number().int(),
  distinct: z.number().int(),
  /** True when `distinct` is an estimate (HyperLogLog on large numeric columns). */
  distinctApprox: z.boolean(),
  numeric: z
    .object({
      min: z.number(),
      max: z.number(),
      mean: z.number(),
      std: z.number(),
      /** p0, p1, p5, p25, p50, p75, p95, p99, p100 (exact up to 200k values, else from a seeded sample). */
      quantiles: z.record(z.string(), z.number()),
      zeros: z.number().int(),
      histogram: z.object({ edges: z.array(z.number()), counts: z.array(z.number().int()) }),
    })
    .nullable(),
  categories: z
    .object({
      top: z.array(z.object({ value: z.string(), count: z.number().int() })),
      otherCount: z.number().int(),
    })
    .nullable(),
  text: z
    .object({ minLength: z.number(), maxLength: z.number(), meanLength: z.number(), empty: z.number().int() })
    .nullable(),
  datetime: z.object({ min: z.string(), max: z.string() }).nullable(),
  /** Strength of association with the target, 0..1 (|Pearson r|, correlation ratio η, or Cramér's V). */
  association: z.object({ measure: z.enum(['pearson', 'eta', 'cramers_v']), value: z.number() }).nullable(),
});
export type ColumnProfile = z.infer<typeof ColumnProfile>;

export const DatasetProfile = z.object({
  versionId: z.string(),
  rows: z.number().int(),
  columns: z.array(ColumnProfile),
  target: z
    .object({
      name: z.string(),
      /** Class counts for classification; histogram bins (as labels) for regression. */
      distribution: z.array(z.object({ value: z.string(), count: z.number().int() })),
    })
    .nullable(),
  computedMs: z.number(),
});
export type DatasetProfile = z.infer<typeof DatasetProfile>;

// ---------------------------------------------------------------- quality report

export const QUALITY_CHECKS = [
  'duplicate_rows',
  'constant_column',
  'near_constant_column',
  'high_missing',
  'identifier_like',
  'target_leakage',
  'class_imbalance',
  'mixed_types',
  'extreme_outliers',
  'rare_categories',
  'unseen_categories',
  'missing_labels',
  'single_class_target',
] as const;
export const QualityCheck = z.enum(QUALITY_CHECKS);
export type QualityCheck = z.infer<typeof QualityCheck>;

export const QualityFinding = z.object({
  id: z.string(),
  check: QualityCheck,
  severity: z.enum(['info', 'warning', 'error']),
  columns: z.array(z.string()),
  title: z.string(),
  /** The numbers behind the finding, in words. */
  evidence: z.string(),
  /** Recipe steps that fix it in one click (null when only a person can decide). */
  fix: Recipe.nullable(),
  fixLabel: z.string().nullable(),
});
export type QualityFinding = z.infer<typeof QualityFinding>;

export const QualityReport = z.object({
  versionId: z.string(),
  findings: z.array(QualityFinding),
  /** Checks run with nothing found, so the report says what was checked. */
  passed: z.array(QualityCheck),
  /** Checks that did not apply (no target set, no split yet), so a reader does not take them as passed. */
  skipped: z.array(z.object({ check: QualityCheck, reason: z.string() })),
});
export type QualityReport = z.infer<typeof QualityReport>;

export const VersionComparison = z.object({
  a: z.string(),
  b: z.string(),
  rows: z.object({ a: z.number().int(), b: z.number().int() }),
  addedColumns: z.array(z.string()),
  removedColumns: z.array(z.string()),
  typeChanges: z.array(z.object({ column: z.string(), from: ColumnType, to: ColumnType })),
  /** Per shared column: missing and mean (numeric) before and after. */
  profileDeltas: z.array(
    z.object({
      column: z.string(),
      missing: z.object({ a: z.number().int(), b: z.number().int() }),
      mean: z.object({ a: z.number().nullable(), b: z.number().nullable() }),
      distinct: z.object({ a: z.number().int(), b: z.number().int() }),
    }),
  ),
});
export type VersionComparison = z.infer<typeof VersionComparison>;

// ---------------------------------------------------------------- feature pipeline

export const PipelineOptions = z.object({
  numericScaling: z.enum(['standard', 'minmax', 'robust', 'none']).default('standard'),
  categoricalEncoding: z.enum(['onehot', 'index']).default('onehot'),
  /** Categories seen fewer times than this in train go to the unknown bucket. */
  minCategoryCount: z.number().int().min(1).default(1),
  /** One-hot at most this many categories per column (the rest → unknown). */
  maxCategories: z.number().int().min(2).max(10_000).default(100),
  missingIndicators: z.boolean().default(true),
  datetimeParts: z
    .array(z.enum(['year', 'month', 'weekday', 'hour', 'day']))
    .default(['year', 'month', 'weekday', 'hour']),
  textVocabularySize: z.number().int().min(10).max(200_000).default(10_000),
  textMaxLength: z.number().int().min(1).max(4096).default(128),
});
export type PipelineOptions = z.infer<typeof PipelineOptions>;

/** One fitted feature step; serialised as JSON and applied identically everywhere. */
export const FittedFeature = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('numeric'),
    column: z.string(),
    /** Missing values become this (the train median) before scaling. */
    fill: z.number(),
    scaling: z.enum(['standard', 'minmax', 'robust', 'none']),
    /** x' = (x - center) / scale */
    center: z.number(),
    scale: z.number(),
    missingIndicator: z.boolean(),
  }),
  z.object({
    kind: z.literal('categorical'),
    column: z.string(),
    encoding: z.enum(['onehot', 'index']),
    /** Known categories; index i ↔ vocabulary[i]; unknown and missing map to the bucket after the last. */
    vocabulary: z.array(z.string()),
    missingIndicator: z.boolean(),
  }),
  z.object({
    kind: z.literal('boolean'),
    column: z.string(),
    fill: z.number(),
    missingIndicator: z.boolean(),
  }),
  z.object({
    kind: z.literal('datetime'),
    column: z.string(),
    parts: z.array(z.enum(['year', 'month', 'weekday', 'hour', 'day'])),
    /** Year is scaled with these (train mean and std). */
    yearCenter: z.number(),
    yearScale: z.number(),
    missingIndicator: z.boolean(),
  }),
  z.object({
    kind: z.literal('text'),
    column: z.string(),
    /** Token ids: 0 = padding, 1 = unknown, vocabulary[i] = i + 2. */
    vocabulary: z.array(z.string()),
    maxLength: z.number().int(),
    lowercase: z.boolean(),
  }),
]);
export type FittedFeature = z.infer<typeof FittedFeature>;

export const FeaturePipeline = z.object({
  formatVersion: z.literal(1),
  versionId: z.string(),
  options: PipelineOptions,
  features: z.array(FittedFeature),
  /** Width of the dense (tabular) vector the non-text features produce. */
  denseWidth: z.number().int(),
  /** Names of the dense vector's slots, e.g. "age", "workclass=Private", "age_missing". */
  denseNames: z.array(z.string()),
  target: z
    .object({
      column: z.string(),
      task: TaskType,
      /** Class names for classification (index = class id); null for regression. */
      classes: z.array(z.string()).nullable(),
      /** Regression targets are standardised with these. */
      center: z.number(),
      scale: z.number(),
    })
    .nullable(),
  fittedOn: z.object({ split: z.literal('train'), rows: z.number().int() }),
});
export type FeaturePipeline = z.infer<typeof FeaturePipeline>;

// ---------------------------------------------------------------- labeling

export const LabelClass = z.object({
  name: z.string().min(1).max(100),
  /** CSS colour, e.g. #3b82f6 */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour like #3b82f6'),
  /** One key (1-9, a letter). */
  shortcut: z.string().length(1),
});
export type LabelClass = z.infer<typeof LabelClass>;

export const LabelSet = z.object({
  datasetId: z.string(),
  /** The column whose value the labels provide (usually the target). */
  column: z.string(),
  classes: z.array(LabelClass).min(2, 'a label set needs at least two classes'),
});
export type LabelSet = z.infer<typeof LabelSet>;

export const LabelRecord = z.object({
  rowId: z.number().int(),
  label: z.string(),
  annotator: z.string(),
  at: z.string(),
});
export type LabelRecord = z.infer<typeof LabelRecord>;

export const LabelQueueItem = z.object({
  rowId: z.number().int(),
  /** Column name → cell, in schema order. */
  values: z.record(z.string(), Cell),
  /** The uncertainty score that ordered it, when ordered by a model. */
  score: z.number().nullable(),
  /** Labels this row already has (from other annotators). */
  existing: z.array(LabelRecord),
});
export type LabelQueueItem = z.infer<typeof LabelQueueItem>;

export const LabelStats = z.object({
  datasetId: z.string(),
  totalRows: z.number().int(),
  labeledRows: z.number().int(),
  /** Rows where annotators' latest labels differ. */
  disagreements: z.number().int(),
  annotators: z.array(z.object({ name: z.string(), labeled: z.number().int() })),
  /** Cohen's kappa between the two annotators with most shared rows (null if fewer than 2 annotators share rows). */
  kappa: z
    .object({ a: z.string(), b: z.string(), value: z.number(), sharedRows: z.number().int() })
    .nullable(),
  classCounts: z.array(z.object({ label: z.string(), count: z.number().int() })),
});
export type LabelStats = z.infer<typeof LabelStats>;
