/** The improvement loop's commands: policies, cycles, approvals, the timeline, production labels, the demo. */
import { z } from 'zod';
import {
  ImprovementCycle,
  ImprovementPolicy,
  PolicyRecord,
  ProductionLabelItem,
  ProductionLabelQueue,
  ProductionLabelReason,
  TimelineEvent,
} from './improve.js';
import { JobRecord } from './jobs.js';

const ModelName = z.string().min(1, 'give the model name');

export const improveContract = {
  'policy.list': {
    summary: "A model's continuous-improvement policies with their state.",
    input: z.object({ modelName: ModelName }).strict(),
    output: z.array(PolicyRecord),
  },
  'policy.set': {
    summary:
      "Replace a model's policies (a policy keeps its state when its name stays); an empty list turns the loop off.",
    input: z
      .object({
        modelName: ModelName,
        policies: z.array(ImprovementPolicy).max(20, 'at most 20 policies per model'),
      })
      .strict()
      .refine((v) => new Set(v.policies.map((p) => p.name)).size === v.policies.length, {
        message: 'policy names must be different',
      }),
    output: z.array(PolicyRecord),
  },
  'improve.cycles': {
    summary: "A model's improvement cycles, newest first.",
    input: z.object({ modelName: ModelName, limit: z.number().int().min(1).max(500).default(50) }).strict(),
    output: z.array(ImprovementCycle),
  },
  'improve.runNow': {
    summary: "Start a cycle of one of the model's policies now (a manual trigger; minimum interval ignored).",
    input: z.object({ modelName: ModelName, policyName: z.string().min(1).optional() }).strict(),
    output: ImprovementCycle,
  },
  'improve.decide': {
    summary: 'Approve (promote) or reject a challenger that waits for approval.',
    input: z
      .object({
        cycleId: z.string().min(1, 'give the cycle id'),
        approve: z.boolean(),
        reason: z.string().trim().min(1, 'give a reason (it is kept on the timeline)'),
        actor: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
    output: ImprovementCycle,
  },
  'timeline.list': {
    summary: "Every decision of a model's improvement loop, newest first, with its evidence and links.",
    input: z
      .object({
        modelName: ModelName,
        cycleId: z.string().min(1).optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    output: z.array(TimelineEvent),
  },
  'productionLabels.queue': {
    summary:
      "Production predictions to label: from drifted windows and the model's least certain answers, pending first.",
    input: z
      .object({
        modelName: ModelName,
        reason: ProductionLabelReason.optional(),
        includeLabeled: z.boolean().default(false),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
    output: ProductionLabelQueue,
  },
  'productionLabels.submit': {
    summary: 'Label a production prediction; the label counts as feedback (live metric, retraining data).',
    input: z
      .object({
        predictionId: z.string().min(1, 'give the prediction id'),
        label: z.union([z.string().min(1), z.number()]),
        annotator: z.string().trim().min(1).max(200).default('analyst'),
      })
      .strict(),
    output: z.object({ item: ProductionLabelItem, pending: z.number().int(), labeled: z.number().int() }),
  },
  'demo.start': {
    summary:
      'Run the demo (a job): a synthetic credit stream with a known drift onset through import → train → evaluate → deploy → traffic → drift → labels → retrain → gate → promote.',
    input: z
      .object({
        seed: z.number().int().default(7),
        /** The inference port (0: any free port). */
        port: z.number().int().min(0).max(65535).default(0),
      })
      .strict(),
    output: z.object({ job: JobRecord }),
  },
} as const;
