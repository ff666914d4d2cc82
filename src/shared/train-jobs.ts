/** Parameters of the training jobs (started by the train / runs / tune commands). */
import { z } from 'zod';
import { TrainParams } from './train.js';

export const TrainJobParams = z
  .object({
    runId: z.string().min(1),
    versionId: z.string().min(1),
    testVersionId: z.string().nullable(),
    params: TrainParams,
    /** Continue from the run's last checkpoint. */
    resume: z.boolean(),
    /** Stop after this many epochs in total (tuning rungs). */
    stopAtEpoch: z.number().int().min(1).optional(),
    /** Score the version's unlabeled rows (entropy, margin) for the labeling queue. */
    scoreUnlabeled: z.boolean().default(true),
  })
  .strict();
export type TrainJobParams = z.infer<typeof TrainJobParams>;

export const TuneJobParams = z.object({ tuningId: z.string().min(1) }).strict();
export type TuneJobParams = z.infer<typeof TuneJobParams>;

export const ML_JOB_KINDS = ['train', 'tune'] as const;
export type MlJobKind = (typeof ML_JOB_KINDS)[number];
