/**
 * The entry point of every job worker thread: loads the job kind's module, gives it a
 * context, and reports progress, logs, metrics and the outcome to the parent.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { CancelledError, type JobContext, type JobKindModule } from './job-kind.js';
import {
  type ParentToWorker,
  serializeError,
  type WorkerStart,
  type WorkerToParentBody,
} from './protocol.js';
import { JOB_KIND_MODULES } from './registry.js';

const port = parentPort;
if (!port) throw new Error('worker-entry must run in a worker thread');
const start = workerData as WorkerStart;
const controller = new AbortController();
let seq = 0;

function send(body: WorkerToParentBody): void {
  seq += 1;
  port?.postMessage({ ...body, seq });
}

port.on('message', (msg: ParentToWorker) => {
  if (msg.type === 'cancel') controller.abort();
});

const PROGRESS_INTERVAL_MS = 100;
let lastProgressAt = 0;
let pendingProgress: WorkerToParentBody | null = null;
let progressTimer: NodeJS.Timeout | null = null;

function flushProgress(): void {
  if (progressTimer) clearTimeout(progressTimer);
  progressTimer = null;
  if (pendingProgress) {
    send(pendingProgress);
    pendingProgress = null;
    lastProgressAt = Date.now();
  }
}

const ctx: JobContext = {
  jobId: start.jobId,
  params: start.params,
  workspaceDir: start.workspaceDir,
  databasePath: start.databasePath,
  stagingDir: start.stagingDir,
  backend: start.backend,
  signal: controller.signal,
  progress(fraction, message = '', etaSeconds) {
    const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
    pendingProgress = { type: 'progress', fraction: f, message, etaSeconds: etaSeconds ?? null };
    const wait = PROGRESS_INTERVAL_MS - (Date.now() - lastProgressAt);
    if (wait <= 0) flushProgress();
    else if (!progressTimer) progressTimer = setTimeout(flushProgress, wait);
  },
  log(level, message) {
    send({ type: 'log', level, message });
  },
  metric(step, values) {
    send({ type: 'metric', step, values });
  },
  throwIfCancelled() {
    if (controller.signal.aborted) throw new CancelledError();
  },
};

async function loadModule(kind: string): Promise<JobKindModule> {
  const extra = start.extraKinds[kind];
  if (extra) return (await import(pathToFileURL(extra).href)) as JobKindModule;
  const loader = (JOB_KIND_MODULES as Record<string, (() => Promise<JobKindModule>) | undefined>)[kind];
  if (!loader) throw Object.assign(new Error(`unknown job kind "${kind}"`), { kind: 'invalid_input' });
  return loader();
}

async function main(): Promise<void> {
  try {
    const mod = await loadModule(start.kind);
    const result = await mod.run(ctx);
    flushProgress();
    if (controller.signal.aborted) send({ type: 'cancelled' });
    else send({ type: 'done', result: result ?? null });
  } catch (err) {
    flushProgress();
    if (controller.signal.aborted || err instanceof CancelledError) send({ type: 'cancelled' });
    else send({ type: 'failed', error: serializeError(err) });
  }
}

void main();
