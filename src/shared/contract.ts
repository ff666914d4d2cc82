/**
 * The typed contract between every shell (Electron IPC, browser-mode HTTP/WS, CLI) and the
 * engine: one entry per command with its input and output schema. A new command is one entry
 * here, one name in command-names.ts and one handler in the engine; no shell needs changing.
 */
import { z } from 'zod';
import { BackendReport } from './backend.js';
import type { CommandName } from './command-names.js';
import { alertsContract } from './contract-alerts.js';
import { dataContract } from './contract-data.js';
import { evaluateContract } from './contract-evaluate.js';
import { improveContract } from './contract-improve.js';
import { monitorContract } from './contract-monitor.js';
import { serveContract } from './contract-serve.js';
import { trainContract } from './contract-train.js';
import { JobEventRecord, JobRecord, JobSpec, JobStatus } from './jobs.js';
import { Settings, SettingsPatch } from './settings.js';
import { AppInfo, WorkspaceSummary } from './workspace.js';

export interface CommandSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  /** One line for the CLI's and the API's documentation. */
  summary: string;
  input: I;
  output: O;
}

const Empty = z.object({}).strict();
const JobId = z.object({ id: z.string().min(1, 'give the job id') }).strict();

export const contract = {
  'app.info': {
    summary: 'Version, workspace, runtime and the active ML backend.',
    input: Empty,
    output: AppInfo,
  },
  'app.backend': {
    summary: 'The ML backend report; `reprobe` probes the candidates again.',
    input: z.object({ reprobe: z.boolean().default(false) }).strict(),
    output: BackendReport,
  },
  'workspace.summary': {
    summary: 'The state of each of the five lifecycle steps and of the job queue.',
    input: Empty,
    output: WorkspaceSummary,
  },
  'settings.get': { summary: 'All workspace settings.', input: Empty, output: Settings },
  'settings.set': {
    summary: 'Change some settings; returns all of them.',
    input: z.object({ patch: SettingsPatch }).strict(),
    output: Settings,
  },
  'jobs.list': {
    summary: 'Jobs, newest first.',
    input: z
      .object({
        status: z.array(JobStatus).optional(),
        limit: z.number().int().min(1).max(1000).default(50),
      })
      .strict(),
    output: z.array(JobRecord),
  },
  'jobs.get': { summary: 'One job.', input: JobId, output: JobRecord },
  'jobs.start': {
    summary: 'Queue a job of one of the startable kinds.',
    input: JobSpec,
    output: JobRecord,
  },
  'jobs.cancel': {
    summary: 'Cancel a queued or running job.',
    input: JobId,
    output: JobRecord,
  },
  'jobs.events': {
    summary: "A job's stored events (logs, metrics, state changes), in order.",
    input: z
      .object({
        id: z.string().min(1),
        afterSeq: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(10000).default(1000),
      })
      .strict(),
    output: z.array(JobEventRecord),
  },
  ...dataContract,
  ...trainContract,
  ...serveContract,
  ...evaluateContract,
  ...monitorContract,
  ...alertsContract,
  ...improveContract,
} as const satisfies { [K in CommandName]: CommandSpec };

export type Contract = typeof contract;
export type CommandInput<K extends CommandName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CommandName> = z.output<Contract[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Contract[K]['output']>;

export type { CommandName } from './command-names.js';
export { COMMAND_NAMES, isCommandName } from './command-names.js';
