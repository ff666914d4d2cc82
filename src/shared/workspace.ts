import { z } from 'zod';
import { BackendReport } from './backend.js';

export const STEP_IDS = ['data', 'train', 'evaluate', 'deploy', 'monitor'] as const;
export const StepId = z.enum(STEP_IDS);
export type StepId = z.infer<typeof StepId>;

/** `blocked`: an earlier step must be done first; `ready`: can start; `active`: in use; `done`. */
export const StepState = z.enum(['blocked', 'ready', 'active', 'done']);
export type StepState = z.infer<typeof StepState>;

export const StepSummary = z.object({
  id: StepId,
  title: z.string(),
  state: StepState,
  /** One line on what to do next in this step. */
  nextAction: z.string(),
});
export type StepSummary = z.infer<typeof StepSummary>;

export const WorkspaceSummary = z.object({
  steps: z.array(StepSummary),
  jobs: z.object({ running: z.number().int(), queued: z.number().int(), failed: z.number().int() }),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  workspaceDir: z.string(),
  /** Where the workspace path came from. */
  workspaceSource: z.enum(['flag', 'env', 'default']),
  databasePath: z.string(),
  schemaVersion: z.number().int(),
  /** The shell that answers: electron, browser or cli. */
  shell: z.enum(['electron', 'browser', 'cli', 'test']),
  runtime: z.object({
    node: z.string(),
    electron: z.string().nullable(),
    platform: z.string(),
    arch: z.string(),
  }),
  backend: BackendReport,
});
export type AppInfo = z.infer<typeof AppInfo>;
