/** The training step's commands: train, runs, tuning, and the models runs make. */
import { z } from 'zod';
import { TaskType } from './data.js';
import { JobRecord } from './jobs.js';
import { ModelSummary } from './serve.js';
import {
  RunDetail,
  RunRecord,
  SearchSpace,
  TemplateId,
  TrainParams,
  TrainParamsInput,
  TuneSpec,
  TuningRecord,
} from './train.js';

const VersionRef = z.string().min(1, 'give a version id or dataset-name@N');

export const trainContract = {
  'train.defaults': {
    summary: "The data-derived default parameters for training on a version (and what they're derived from).",
    input: z.object({ versionId: VersionRef, template: TemplateId.optional() }).strict(),
    output: z.object({
      params: TrainParams,
      shape: z.object({
        trainRows: z.number().int(),
        features: z.number().int(),
        classes: z.number().int().nullable(),
        task: TaskType,
        textColumns: z.array(z.string()),
      }),
    }),
  },
  'train.start': {
    summary: 'Train a model on a version (a job); the finished run becomes a candidate model version.',
    input: z
      .object({
        versionId: VersionRef,
        /** Report test metrics on this version (all its rows) instead of the test split. */
        testVersionId: VersionRef.optional(),
        params: TrainParamsInput.default({}),
        /** Model name (default: the dataset's name). */
        modelName: z.string().min(1).max(100).optional(),
      })
      .strict(),
    output: z.object({ run: RunRecord, job: JobRecord }),
  },
  'runs.list': {
    summary: 'Runs, newest first.',
    input: z
      .object({
        versionId: z.string().optional(),
        tuningId: z.string().optional(),
        kind: z.enum(['train', 'trial']).optional(),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
    output: z.array(RunRecord),
  },
  'runs.get': {
    summary: 'One run with its per-epoch curves.',
    input: z.object({ runId: z.string().min(1) }).strict(),
    output: RunDetail,
  },
  'runs.resume': {
    summary: 'Resume a cancelled, failed or interrupted run from its last epoch (a job).',
    input: z.object({ runId: z.string().min(1) }).strict(),
    output: z.object({ run: RunRecord, job: JobRecord }),
  },
  'runs.cancel': {
    summary: "Stop a run's job (it can be resumed).",
    input: z.object({ runId: z.string().min(1) }).strict(),
    output: RunRecord,
  },
  'tune.defaultSpace': {
    summary: "A template's default search space.",
    input: z.object({ template: TemplateId }).strict(),
    output: SearchSpace,
  },
  'tune.start': {
    summary:
      'Tune hyperparameters on a version (one job; trials are runs); the best trial becomes a candidate model version.',
    input: TuneSpec,
    output: z.object({ tuning: TuningRecord, job: JobRecord }),
  },
  'tunings.list': {
    summary: 'Tunings, newest first.',
    input: z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
    output: z.array(TuningRecord),
  },
  'tunings.get': {
    summary: 'One tuning with its trials.',
    input: z.object({ tuningId: z.string().min(1) }).strict(),
    output: TuningRecord,
  },
  'models.list': {
    summary: 'Models and their versions.',
    input: z.object({}).strict(),
    output: z.array(ModelSummary),
  },
} as const;
