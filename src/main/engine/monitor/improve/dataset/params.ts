/**
 * The `improve.dataset` job: a new dataset version made of the champion's training data plus the
 * labeled production rows (logged predictions that got feedback), and what it hands back.
 */
import { z } from 'zod';
import type { NewVersion } from '../../../data/store/datasets-store.js';

const int = z.number().int();

export const ImproveDatasetParams = z
  .object({
    /** The served model whose request log and feedback are read. */
    modelName: z.string().min(1, 'name the model whose production data to add'),
    /** The dataset version the champion was trained on; it must have a split and a target. */
    baseVersionId: z.string().min(1, 'give the dataset version the champion was trained on'),
    /** Only predictions made after this time (epoch ms) are added. */
    sinceAt: z.number().finite(),
    /** The newest labeled production rows kept (at most). */
    maxRows: int.min(1),
    /** Each production row assigned to train appears this many times; held-out rows never repeat. */
    recencyWeight: int.min(1).max(10),
    /** Seeds the train / validation / test assignment of the production rows. */
    seed: int,
    /**
     * When the base has no saved split: the seed of the champion's run, so the default split
     * training used (seeded, 70/15/15) is made again and old rows keep the part they had.
     */
    defaultSplitSeed: int.optional(),
    /** The new version's note ('' = a generated one). */
    note: z.string().max(500).default(''),
  })
  .strict();
export type ImproveDatasetParams = z.infer<typeof ImproveDatasetParams>;
export type ImproveDatasetParamsInput = z.input<typeof ImproveDatasetParams>;

/** Counts both halves of the job report. */
export interface ImproveDatasetCounts {
  /** Labeled production rows added (each once; repeats not counted). */
  productionRows: number;
  /** Of those, the ones assigned to validation or test. */
  heldOutRows: number;
  /** Extra copies of train-assigned production rows (recency weighting). */
  repeatedRows: number;
  /** Labeled rows left out because their label cannot be a value of the target's type. */
  skippedLabels: number;
  /** Time (epoch ms) of the newest production row used; sinceAt when none was. */
  dataUntil: number;
}

/** What the worker hands to the commit step. */
export interface ImproveDatasetWorkerResult extends ImproveDatasetCounts {
  datasetId: string;
  /** The new training version; null when there are no labeled production rows (nothing stored). */
  version: NewVersion | null;
  /** Held-out production rows only (≥ 10 of them), to evaluate on the most recent traffic. */
  recentVersion: NewVersion | null;
}

/** The job's result once committed. */
export interface ImproveDatasetResult extends ImproveDatasetCounts {
  datasetId: string;
  versionId: string | null;
  recentVersionId: string | null;
}
