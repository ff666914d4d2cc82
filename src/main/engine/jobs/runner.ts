import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BackendId } from '../../../shared/backend.js';
import { AppError } from '../../../shared/errors.js';
import type { EngineEvent } from '../../../shared/events.js';
import type { JobRecord, JobStatus } from '../../../shared/jobs.js';
import type { JobsStore } from '../db/jobs-store.js';
import { newId, nowIso } from '../util/ids.js';
import { currentOwner } from './owner.js';
import type { ParentToWorker, WorkerStart, WorkerToParent } from './protocol.js';
import type { WorkerLaunch } from './worker-launch.js';

export interface JobRunnerArgs {
  store: JobsStore;
  workspaceDir: string;
  databasePath: string;
  artifactsDir: string;
  stagingDir: string;
  launch: WorkerLaunch;
  /** The ML backend jobs should load (the engine probes it before any job is submitted). */
  backend: () => BackendId;
  /** Called for every event the runner emits. */
  emit: (event: EngineEvent) => void;
  /** How many jobs run at once; read on every scheduling decision. */
  maxConcurrent: () => number;
  /** After a cancel, how long a worker may take to stop before it is terminated. */
  cancelGraceMs?: number;
  /** V8 heap limit per worker, in MB (unset: Node's default). */
  maxOldGenerationSizeMb?: number;
  /** Module paths of kinds not built in (test fixtures). */
  extraKinds?: Record<string, string>;
  /** Main-thread hooks per kind (commit step, metric observer, settle observer). */
  hooks?: (kind: string) => JobHooks | undefined;
  /** Kinds that run in the main thread and orchestrate child jobs (e.g. a tuning); they take no worker slot. */
  coordinators?: (kind: string) => Coordinator | undefined;
  /** Kinds of which at most one runs at a time (e.g. training on a native backend that one thread must own). */
  exclusive?: (kind: string) => boolean;
}

/**
 * Main-thread commit step, run when the worker succeeds: it records the job's output (e.g.
 * inserts the dataset version) in one transaction, and its return value becomes the job's result.
 * It may move the staging folder elsewhere. If it throws, the job fails and nothing is recorded.
 */
export type JobCommit = (job: JobRecord, workerResult: unknown, stagingDir: string) => unknown;

export interface JobHooks {
  commit?: JobCommit;
  /** Every metric the job reports (after it is stored as a job event). */
  onMetric?: (job: JobRecord, step: number, values: Record<string, number>) => void;
  /** When a worker starts the job. */
  onStart?: (job: JobRecord) => void;
  /** When the job reaches a final state (any of them). */
  onSettled?: (job: JobRecord) => void;
}

/** What a coordinator job sees: progress and logs like a worker job, plus child jobs. */
export interface CoordinatorContext {
  job: JobRecord;
  signal: AbortSignal;
  progress(fraction: number, message: string, etaSeconds?: number): void;
  log(level: 'debug' | 'info' | 'warn' | 'error', message: string): void;
  metric(step: number, values: Record<string, number>): void;
  /** Queue a child job; a cancel of the coordinator cancels its children. */
  submit(kind: string, params: unknown): JobRecord;
  settled(id: string): Promise<JobRecord>;
}

export type Coordinator = (ctx: CoordinatorContext) => Promise<unknown>;

interface Coordinating {
  controller: AbortController;
  children: Set<string>;
  startedAt: number;
  settled: Promise<void>;
}

interface Running {
  worker: Worker;
  startedAt: number;
  cancelRequested: boolean;
  killTimer: NodeJS.Timeout | null;
  outcome: WorkerToParent | null;
  lastProgress: { fraction: number; message: string };
  settled: Promise<void>;
}

/**
 * Runs jobs in worker threads: a persisted queue, progress with ETA, prompt cancel (cooperative,
 * then terminate), and isolation: an exception, a crash or an out-of-memory in a worker fails
 * that job only. A job's staging folder becomes its artifact folder only when it succeeds.
 */
export class JobRunner {
  private readonly queue: string[] = [];
  private readonly running = new Map<string, Running>();
  private readonly coordinating = new Map<string, Coordinating>();
  private readonly owner = currentOwner();
  private closed = false;

  constructor(private readonly args: JobRunnerArgs) {}

  /** Persist a job as queued and schedule it. */
  submit(kind: string, params: unknown): JobRecord {
    if (this.closed)
      throw new AppError('unavailable', 'The engine is shutting down; start the job again after restart.');
    const id = newId('job');
    const job = this.args.store.create(id, kind, params, this.owner);
    this.emitJob(job);
    this.queue.push(id);
    this.pump();
    return this.args.store.require(id);
  }

  /** Jobs this runner has in hand (running workers and coordinators). */
  get activeCount(): number {
    return this.running.size + this.coordinating.size;
  }

  /** Cancel a queued job at once, or ask a running one to stop (terminated after the grace period). */
  cancel(id: string): JobRecord {
    const job = this.args.store.get(id);
    if (!job) throw new AppError('not_found', `No job with id ${id}.`);
    const qi = this.queue.indexOf(id);
    if (qi >= 0) {
      this.queue.splice(qi, 1);
      this.finish(id, 'cancelled', { message: 'cancelled before it started' });
      return this.args.store.require(id);
    }
    const coord = this.coordinating.get(id);
    if (coord) {
      if (!coord.controller.signal.aborted) {
        this.log(id, 'info', 'cancel requested');
        coord.controller.abort();
        for (const child of coord.children) {
          const c = this.args.store.get(child);
          if (c && (c.status === 'queued' || c.status === 'running')) this.cancel(child);
        }
      }
      return this.args.store.require(id);
    }
    const run = this.running.get(id);
    if (!run) {
      if (job.status === 'queued' || job.status === 'running') {
        throw new AppError('conflict', `Job ${id} is run by another AI Factory process; cancel it there.`);
      }
      throw new AppError('conflict', `Job ${id} already finished (${job.status}); nothing to cancel.`);
    }
    if (!run.cancelRequested) {
      run.cancelRequested = true;
      const msg: ParentToWorker = { type: 'cancel' };
      run.worker.postMessage(msg);
      this.log(id, 'info', 'cancel requested');
      run.killTimer = setTimeout(() => {
        this.log(id, 'warn', 'the job did not stop in time; its worker was terminated');
        void run.worker.terminate();
      }, this.args.cancelGraceMs ?? 1000);
    }
    return this.args.store.require(id);
  }

  /** Resolves when the job has left the running set (for tests and shutdown). */
  async settled(id: string): Promise<JobRecord> {
    for (;;) {
      const r = this.running.get(id) ?? this.coordinating.get(id);
      if (r) await r.settled;
      else if (this.queue.includes(id)) await new Promise((res) => setTimeout(res, 20));
      else return this.args.store.require(id);
    }
  }

  /** Stop taking work; cancel queued jobs; terminate running workers (their jobs become interrupted). */
  async close(): Promise<void> {
    this.closed = true;
    for (const id of this.queue.splice(0))
      this.finish(id, 'cancelled', { message: 'cancelled: the app closed' });
    for (const [id, c] of this.coordinating) {
      c.controller.abort();
      this.finish(id, 'interrupted', { message: 'interrupted: the app closed while it ran; start it again' });
    }
    const pending = [...this.running.entries()].map(async ([id, run]) => {
      run.cancelRequested = true;
      this.finish(id, 'interrupted', { message: 'interrupted: the app closed while it ran; start it again' });
      await run.worker.terminate();
      await run.settled;
    });
    await Promise.all(pending);
    await Promise.all([...this.coordinating.values()].map((c) => c.settled));
  }

  /** Start what can start: coordinators at once, worker jobs while slots are free (one exclusive at a time). */
  private pump(): void {
    if (this.closed) return;
    for (let i = 0; i < this.queue.length; ) {
      const id = this.queue[i] as string;
      const kind = this.args.store.get(id)?.kind ?? '';
      const coordinator = this.args.coordinators?.(kind);
      if (coordinator) {
        this.queue.splice(i, 1);
        this.startCoordinator(id, coordinator);
        continue;
      }
      const slots = this.running.size < Math.max(1, this.args.maxConcurrent());
      const exclusive = this.args.exclusive?.(kind) ?? false;
      const exclusiveBusy =
        exclusive &&
        [...this.running.keys()].some(
          (r) => this.args.exclusive?.(this.args.store.get(r)?.kind ?? '') ?? false,
        );
      if (slots && !exclusiveBusy) {
        this.queue.splice(i, 1);
        this.startWorker(id);
        continue;
      }
      i++;
    }
  }

  private startCoordinator(id: string, fn: Coordinator): void {
    this.args.store.markRunning(id, this.owner);
    this.args.store.appendEvent(id, 'state', { status: 'running' });
    const job = this.args.store.require(id);
    this.emitJob(job);
    const controller = new AbortController();
    const children = new Set<string>();
    const startedAt = Date.now();
    let message = '';
    const ctx: CoordinatorContext = {
      job,
      signal: controller.signal,
      progress: (fraction, msg, etaSeconds) => {
        message = msg;
        this.reportProgress(id, startedAt, fraction, msg, etaSeconds ?? null);
      },
      log: (level, msg) => this.log(id, level, msg),
      metric: (step, values) => this.recordMetric(id, step, values),
      submit: (kind, params) => {
        const child = this.submit(kind, params);
        children.add(child.id);
        return child;
      },
      settled: (childId) => this.settled(childId),
    };
    const settled = fn(ctx).then(
      (result) => {
        if (controller.signal.aborted) this.finish(id, 'cancelled', { message: 'cancelled' });
        else this.finish(id, 'succeeded', { result: result ?? null, message: message || 'done' });
      },
      (err: unknown) => {
        const e = AppError.from(err);
        if (controller.signal.aborted || e.kind === 'cancelled')
          this.finish(id, 'cancelled', { message: 'cancelled' });
        else
          this.finish(id, 'failed', {
            error: { kind: e.kind, message: e.message },
            message: `failed: ${e.message}`,
          });
      },
    );
    const entry: Coordinating = {
      controller,
      children,
      startedAt,
      settled: settled.finally(() => {
        this.coordinating.delete(id);
        this.args.store.forgetSeq(id);
        this.pump();
      }),
    };
    this.coordinating.set(id, entry);
  }

  private reportProgress(
    id: string,
    startedAt: number,
    fraction: number,
    message: string,
    etaSeconds: number | null,
  ): void {
    const elapsed = (Date.now() - startedAt) / 1000;
    const eta =
      etaSeconds ?? (fraction > 0.01 && fraction < 1 ? (elapsed * (1 - fraction)) / fraction : null);
    this.args.store.updateProgress(id, fraction, message, eta);
    this.args.emit({ type: 'job.progress', jobId: id, fraction, message, etaSeconds: eta, at: nowIso() });
  }

  private recordMetric(id: string, step: number, values: Record<string, number>): void {
    const ev = this.args.store.appendEvent(id, 'metric', { step, values });
    this.args.emit({ type: 'job.metric', jobId: id, step, values, at: ev.at });
    const job = this.args.store.get(id);
    const hook = job ? this.args.hooks?.(job.kind)?.onMetric : undefined;
    if (job && hook) {
      try {
        hook(job, step, values);
      } catch (err) {
        this.log(id, 'warn', `recording a metric failed: ${(err as Error).message}`);
      }
    }
  }

  private startWorker(id: string): void {
    const job = this.args.store.require(id);
    const stagingDir = join(this.args.stagingDir, id);
    rmSync(stagingDir, { recursive: true, force: true });
    mkdirSync(stagingDir, { recursive: true });
    const data: WorkerStart = {
      jobId: id,
      kind: job.kind,
      params: job.params,
      workspaceDir: this.args.workspaceDir,
      databasePath: this.args.databasePath,
      stagingDir,
      backend: this.args.backend(),
      extraKinds: this.args.extraKinds ?? {},
    };
    this.args.store.markRunning(id, this.owner);
    this.args.store.appendEvent(id, 'state', { status: 'running' });
    const started = this.args.store.require(id);
    this.emitJob(started);
    try {
      this.args.hooks?.(started.kind)?.onStart?.(started);
    } catch (err) {
      this.log(id, 'warn', `on start: ${(err as Error).message}`);
    }

    let resolveSettled: () => void = () => {};
    const settled = new Promise<void>((r) => {
      resolveSettled = r;
    });
    let worker: Worker;
    try {
      worker = new Worker(this.args.launch.file, {
        workerData: data,
        eval: this.args.launch.eval,
        ...(this.args.maxOldGenerationSizeMb
          ? { resourceLimits: { maxOldGenerationSizeMb: this.args.maxOldGenerationSizeMb } }
          : {}),
      });
    } catch (err) {
      this.finish(id, 'failed', {
        error: { kind: 'internal', message: `could not start a worker thread: ${(err as Error).message}` },
        message: 'failed to start',
      });
      resolveSettled();
      return;
    }
    const run: Running = {
      worker,
      startedAt: Date.now(),
      cancelRequested: false,
      killTimer: null,
      outcome: null,
      lastProgress: { fraction: 0, message: '' },
      settled,
    };
    this.running.set(id, run);
    let workerError: Error | null = null;

    worker.on('message', (msg: WorkerToParent) => this.onMessage(id, run, msg));
    worker.on('error', (err) => {
      workerError = err;
    });
    worker.on('exit', (code) => {
      if (run.killTimer) clearTimeout(run.killTimer);
      this.running.delete(id);
      try {
        this.conclude(id, run, code, workerError, stagingDir);
      } finally {
        this.args.store.forgetSeq(id);
        resolveSettled();
        this.pump();
      }
    });
  }

  private onMessage(id: string, run: Running, msg: WorkerToParent): void {
    switch (msg.type) {
      case 'progress':
        run.lastProgress = { fraction: msg.fraction, message: msg.message };
        this.reportProgress(id, run.startedAt, msg.fraction, msg.message, msg.etaSeconds);
        break;
      case 'log':
        this.log(id, msg.level, msg.message);
        break;
      case 'metric':
        this.recordMetric(id, msg.step, msg.values);
        break;
      case 'done':
      case 'failed':
      case 'cancelled':
        run.outcome = msg;
        // The worker has nothing left to say; end it now rather than wait for its event loop to drain.
        void run.worker.terminate();
        break;
    }
  }

  private conclude(
    id: string,
    run: Running,
    code: number,
    workerError: Error | null,
    stagingDir: string,
  ): void {
    const outcome = run.outcome;
    if (outcome?.type === 'done' && !run.cancelRequested) {
      let result: unknown = outcome.result;
      const job = this.args.store.require(id);
      const commit = this.args.hooks?.(job.kind)?.commit;
      if (commit) {
        try {
          result = commit(job, outcome.result, stagingDir);
        } catch (err) {
          rmSync(stagingDir, { recursive: true, force: true });
          const kind =
            typeof (err as { kind?: unknown }).kind === 'string'
              ? (err as { kind: string }).kind
              : 'internal';
          this.finish(id, 'failed', {
            error: { kind, message: (err as Error).message },
            message: `failed: ${(err as Error).message}`,
          });
          return;
        }
      }
      const artifactDir = this.commitStaging(id, stagingDir);
      this.finish(id, 'succeeded', {
        result,
        message: run.lastProgress.message || 'done',
        artifactDir,
      });
      return;
    }
    rmSync(stagingDir, { recursive: true, force: true });
    if (run.cancelRequested) {
      this.finish(id, 'cancelled', { message: 'cancelled' });
      return;
    }
    if (outcome?.type === 'failed') {
      this.finish(id, 'failed', {
        error: { kind: outcome.error.kind, message: outcome.error.message },
        message: `failed: ${outcome.error.message}`,
      });
      if (outcome.error.stack) this.log(id, 'debug', outcome.error.stack);
      return;
    }
    if (outcome?.type === 'cancelled') {
      this.finish(id, 'cancelled', { message: 'cancelled' });
      return;
    }
    const message = describeCrash(code, workerError);
    this.finish(id, 'failed', { error: { kind: 'internal', message }, message: `failed: ${message}` });
  }

  /** Move a non-empty staging folder into artifacts/jobs/<id>; an empty one is removed. */
  private commitStaging(id: string, stagingDir: string): string | null {
    let entries: string[] = [];
    try {
      entries = readdirSync(stagingDir);
    } catch {
      return null;
    }
    if (entries.length === 0) {
      rmSync(stagingDir, { recursive: true, force: true });
      return null;
    }
    const target = join(this.args.artifactsDir, 'jobs', id);
    mkdirSync(join(this.args.artifactsDir, 'jobs'), { recursive: true });
    renameSync(stagingDir, target);
    return relative(this.args.workspaceDir, target);
  }

  private finish(
    id: string,
    status: Exclude<JobStatus, 'queued' | 'running'>,
    fields: {
      result?: unknown;
      error?: { kind: string; message: string };
      message: string;
      artifactDir?: string | null;
    },
  ): void {
    if (!this.args.store.finish(id, status, fields)) return;
    this.args.store.appendEvent(id, 'state', {
      status,
      ...(fields.error ? { error: fields.error } : {}),
    });
    const job = this.args.store.require(id);
    this.emitJob(job);
    const onSettled = this.args.hooks?.(job.kind)?.onSettled;
    if (onSettled) {
      try {
        onSettled(job);
      } catch (err) {
        this.log(id, 'warn', `after ${status}: ${(err as Error).message}`);
      }
    }
    if (status === 'failed') {
      this.args.emit({
        type: 'alert',
        id: newId('alert'),
        severity: 'warning',
        title: `Job failed: ${job.kind}`,
        message: fields.error?.message ?? fields.message,
        at: nowIso(),
      });
    }
  }

  private log(jobId: string, level: 'debug' | 'info' | 'warn' | 'error', message: string): void {
    const ev = this.args.store.appendEvent(jobId, 'log', { level, message });
    this.args.emit({ type: 'log', level, message, jobId, at: ev.at });
  }

  private emitJob(job: JobRecord): void {
    this.args.emit({ type: 'job.updated', job });
  }
}

function describeCrash(code: number, err: Error | null): string {
  const errCode = (err as NodeJS.ErrnoException | null)?.code;
  if (errCode === 'ERR_WORKER_OUT_OF_MEMORY') {
    return 'the job ran out of memory; try smaller inputs or a smaller batch size';
  }
  if (err) return `the job's worker crashed: ${err.message}`;
  return `the job's worker exited unexpectedly (exit code ${code})`;
}
