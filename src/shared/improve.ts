/**
 * Continuous improvement: per-model policies (when to retrain, how, and how to ship the result),
 * the cycles they start (dataset → train → evaluate → gate → promote → watch), the timeline of
 * every decision, and the production labeling queue. Plain zod types; no node:, electron or DOM.
 */
import { z } from 'zod';
import { Cell } from './data.js';

const int = z.number().int();

/** What starts a cycle; any one that fires is enough. Null turns a trigger off. */
export const PolicyTriggers = z
  .object({
    /** Dataset drift in this many consecutive watch windows. */
    driftWindows: int.min(1).max(100).nullable().default(3),
    /** The live metric fell below the evaluated one by the monitoring margin (see the drop alert). */
    metricDrop: z.boolean().default(true),
    /** This many new feedback labels on the model's predictions since the last cycle. */
    newLabels: int.min(1).max(10_000_000).nullable().default(null),
    /** A schedule: a cycle every this many hours. */
    everyHours: z
      .number()
      .positive()
      .max(24 * 365)
      .nullable()
      .default(null),
  })
  .strict();
export type PolicyTriggers = z.infer<typeof PolicyTriggers>;

/** After a promotion: watch the new version's live metric and roll back when it is worse. */
export const PolicyWatch = z
  .object({
    /** Labeled predictions of the new version to wait for before judging it. */
    labeledRows: int.min(10).max(1_000_000).default(200),
    /** Roll back when its live metric is worse than the old champion's by more than this. */
    maxDrop: z.number().min(0).max(1).default(0.02),
  })
  .strict();
export type PolicyWatch = z.infer<typeof PolicyWatch>;

/** One continuous-improvement policy of a model (a model may have several). */
export const ImprovementPolicy = z
  .object({
    name: z.string().trim().min(1, 'give the policy a name').max(100),
    enabled: z.boolean().default(true),
    triggers: PolicyTriggers.default(PolicyTriggers.parse({})),
    /** No new cycle of this policy sooner than this after its last one started. */
    minIntervalMinutes: z
      .number()
      .min(0)
      .max(60 * 24 * 365)
      .default(60),
    /** retrain: the champion's training configuration; retune: a hyperparameter search. */
    action: z.enum(['retrain', 'retune']).default('retrain'),
    /** retune: how many trials. */
    tuneTrials: int.min(2).max(50).default(6),
    /** The newest labeled production rows added to the training data (at most). */
    maxProductionRows: int.min(1).max(10_000_000).default(50_000),
    /**
     * Recency weighting: each labeled production row appears this many times in the training
     * split (1 = as often as an old row). Held-out rows are never repeated.
     */
    recencyWeight: int.min(1).max(10).default(1),
    /** auto: promote when the gate passes (hot swap); approval: wait for a person. */
    promotion: z.enum(['auto', 'approval']).default('auto'),
    watch: PolicyWatch.default(PolicyWatch.parse({})),
  })
  .strict()
  .refine((p) => Object.values(p.triggers).some((t) => t !== null && t !== false), {
    message: 'a policy needs at least one trigger (driftWindows, metricDrop, newLabels or everyHours)',
  });
export type ImprovementPolicy = z.infer<typeof ImprovementPolicy>;
export type ImprovementPolicyInput = z.input<typeof ImprovementPolicy>;

/** What the loop remembers about a policy between looks. */
export const PolicyState = z.object({
  /** ISO time the policy's last cycle started (null: never). */
  lastRunAt: z.string().nullable(),
  /** Failed cycles in a row (reset by a cycle that gets to a verdict). */
  failures: int,
  /** No new cycle before this ISO time (after failures: backoff). */
  backoffUntil: z.string().nullable(),
});
export type PolicyState = z.infer<typeof PolicyState>;

export const PolicyRecord = z.object({
  id: z.string(),
  modelName: z.string(),
  policy: ImprovementPolicy,
  state: PolicyState,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PolicyRecord = z.infer<typeof PolicyRecord>;

export const TriggerKind = z.enum(['drift', 'metric_drop', 'new_labels', 'schedule', 'manual']);
export type TriggerKind = z.infer<typeof TriggerKind>;

/** Why a cycle started. */
export const CycleTrigger = z.object({
  kind: TriggerKind,
  message: z.string(),
  /** The numbers behind it (drifted windows, live vs evaluated metric, label count…). */
  values: z.record(z.string(), z.number()),
  /** The alert that reported the same thing, if any. */
  alertId: z.string().nullable(),
  /** The monitoring window it was seen in (epoch ms). */
  window: z.object({ from: z.number(), to: z.number() }).nullable(),
});
export type CycleTrigger = z.infer<typeof CycleTrigger>;

export const CycleStatus = z.enum([
  /** Working: see `stage`. */
  'running',
  /** The gate passed; a person must approve the promotion. */
  'awaiting_approval',
  /** Promoted; the new version's live metric is being watched. */
  'watching',
  /** Promoted and kept after the watch period. */
  'completed',
  /** The gate (or a person) refused the challenger; the champion keeps serving. */
  'rejected',
  /** Promoted, then rolled back because its live metric was worse. */
  'rolled_back',
  /** Nothing to learn from (no labeled production rows): nothing was trained. */
  'skipped',
  /** A step failed; the champion keeps serving; the policy backs off. */
  'failed',
  /** The app stopped during the cycle; on restart nothing half-done was promoted. */
  'interrupted',
]);
export type CycleStatus = z.infer<typeof CycleStatus>;

export const CycleStage = z.enum(['dataset', 'train', 'evaluate', 'gate', 'promote', 'watch', 'done']);
export type CycleStage = z.infer<typeof CycleStage>;

export const ImprovementCycle = z.object({
  id: z.string(),
  modelName: z.string(),
  policyId: z.string().nullable(),
  policyName: z.string(),
  status: CycleStatus,
  stage: CycleStage,
  trigger: CycleTrigger,
  /** The production version when the cycle started. */
  championVersion: int,
  /** The version it trained (null until trained). */
  challengerVersion: int.nullable(),
  datasetVersionId: z.string().nullable(),
  /** Held-out labeled production rows only (the "recent window" evaluation), when there are any. */
  recentVersionId: z.string().nullable(),
  runId: z.string().nullable(),
  tuningId: z.string().nullable(),
  evaluationId: z.string().nullable(),
  recentEvaluationId: z.string().nullable(),
  /** The job of the current stage. */
  jobId: z.string().nullable(),
  /** Labeled production rows added to the training data. */
  productionRows: int,
  error: z.string().nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
  endedAt: z.string().nullable(),
});
export type ImprovementCycle = z.infer<typeof ImprovementCycle>;

export const TimelineKind = z.enum([
  'alert',
  'trigger',
  'dataset',
  'train',
  'evaluate',
  'gate',
  'approval',
  'promote',
  'watch',
  'rollback',
  'failure',
  'interrupted',
  'backoff',
  'skip',
  'labels',
  'demo',
]);
export type TimelineKind = z.infer<typeof TimelineKind>;

/** Where the evidence of a timeline entry lives (window → alert → dataset version → run → evaluation → deployment). */
export const TimelineLinks = z
  .object({
    window: z.object({ from: z.number(), to: z.number() }).optional(),
    alertId: z.string().optional(),
    datasetVersionId: z.string().optional(),
    runId: z.string().optional(),
    tuningId: z.string().optional(),
    jobId: z.string().optional(),
    evaluationId: z.string().optional(),
    version: int.optional(),
  })
  .strict();
export type TimelineLinks = z.infer<typeof TimelineLinks>;

export const TimelineEvent = z.object({
  id: int,
  modelName: z.string(),
  cycleId: z.string().nullable(),
  at: z.string(),
  kind: TimelineKind,
  title: z.string(),
  message: z.string(),
  /** The numbers the decision was taken on. */
  values: z.record(z.string(), z.number()),
  links: TimelineLinks,
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** Why a production prediction is in the labeling queue. */
export const ProductionLabelReason = z.enum(['drift', 'uncertain']);
export type ProductionLabelReason = z.infer<typeof ProductionLabelReason>;

export const ProductionLabelItem = z.object({
  predictionId: z.string(),
  modelName: z.string(),
  version: int,
  reason: ProductionLabelReason,
  /** uncertain: 1 − the top probability; drift: the window's drifted-feature share. */
  score: z.number(),
  /** Epoch ms of the prediction. */
  at: z.number(),
  /** The inputs as the client sent them. */
  features: z.record(z.string(), Cell),
  /** What the model answered. */
  predicted: z.union([z.string(), z.number()]).nullable(),
  /** The label given (null while pending). */
  label: z.union([z.string(), z.number()]).nullable(),
});
export type ProductionLabelItem = z.infer<typeof ProductionLabelItem>;

export const ProductionLabelQueue = z.object({
  items: z.array(ProductionLabelItem),
  /** Class names a label must be one of (null: the model predicts a number). */
  classes: z.array(z.string()).nullable(),
  pending: int,
  labeled: int,
});
export type ProductionLabelQueue = z.infer<typeof ProductionLabelQueue>;

/** What `ai-factory demo --json` ends with. */
export const DemoResult = z.object({
  modelName: z.string(),
  liveMetric: z.object({
    name: z.enum(['accuracy', 'mae']),
    beforeDrift: z.number().nullable(),
    afterDrift: z.number().nullable(),
    afterRetrain: z.number().nullable(),
  }),
  promotedVersion: int.nullable(),
  seconds: z.number(),
  /** Each stage with what it measured, in order. */
  stages: z.array(z.object({ name: z.string(), seconds: z.number(), message: z.string() })),
  cycleId: z.string().nullable(),
  driftAlertId: z.string().nullable(),
  /** The inference port the demo used (it keeps serving after the demo). */
  port: int.nullable(),
});
export type DemoResult = z.infer<typeof DemoResult>;
