import { z } from 'zod';

/** Every state a job can be in. `interrupted`: its process died while it ran. */
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'interrupted'] as const;
export const JobStatus = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof JobStatus>;

export const FINISHED_STATUSES: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled', 'interrupted'];

/**
 * The job kinds a shell may start with `jobs.start`, each with its parameter schema.
 * Later capabilities add their kinds here; the worker registry must name a module for each.
 */
export const JobSpec = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('workspace.check'),
    params: z
      .object({
        /** Also hash every artifact file (slower, reads every byte). */
        hashArtifacts: z.boolean().default(true),
      })
      .strict()
      .default({ hashArtifacts: true }),
  }),
  z.object({
    kind: z.literal('backend.benchmark'),
    params: z
      .object({
        /** How long to run, in seconds. */
        seconds: z.number().min(0.5).max(600).default(5),
        /** Side of the square matrices multiplied. */
        size: z.number().int().min(16).max(4096).default(256),
      })
      .strict()
      .default({ seconds: 5, size: 256 }),
  }),
]);
export type JobSpec = z.infer<typeof JobSpec>;
export type JobKind = JobSpec['kind'];
export const JOB_KINDS = JobSpec.options.map((o) => o.shape.kind.value) as JobKind[];

export const JobErrorInfo = z.object({ kind: z.string(), message: z.string() });

export const JobRecord = z.object({
  id: z.string(),
  kind: z.string(),
  params: z.record(z.string(), z.unknown()),
  status: JobStatus,
  /** 0..1 */
  progress: z.number(),
  message: z.string(),
  etaSeconds: z.number().nullable(),
  result: z.unknown().nullable(),
  error: JobErrorInfo.nullable(),
  /** Folder of the job's committed output, relative to the workspace, when it wrote any. */
  artifactDir: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type JobRecord = z.infer<typeof JobRecord>;

export const JobEventRecord = z.object({
  jobId: z.string(),
  seq: z.number().int(),
  at: z.string(),
  type: z.enum(['log', 'metric', 'state']),
  payload: z.record(z.string(), z.unknown()),
});
export type JobEventRecord = z.infer<typeof JobEventRecord>;
