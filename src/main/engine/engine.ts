import {
  COMMAND_NAMES,
  type CommandInput,
  type CommandName,
  type CommandOutput,
  contract,
  isCommandName,
} from '../../shared/contract.js';
import { AppError, type Result } from '../../shared/errors.js';
import type { EngineEvent } from '../../shared/events.js';
import type { EngineContext, ShellKind } from './context.js';
import { dataCommits } from './data/commits.js';
import { createDataServices } from './data/services.js';
import { type Db, openDatabase } from './db/connection.js';
import { JobsStore } from './db/jobs-store.js';
import { SettingsStore } from './db/settings-store.js';
import { evaluateHooks } from './evaluate/run/evaluate-hooks.js';
import { alertsHandlers } from './handlers/alerts.js';
import { appHandlers } from './handlers/app.js';
import { dataHandlers } from './handlers/data.js';
import { evaluateHandlers } from './handlers/evaluate.js';
import { improveHandlers } from './handlers/improve.js';
import { jobsHandlers } from './handlers/jobs.js';
import { joinHandlers } from './handlers/join.js';
import { labelsHandlers } from './handlers/labels.js';
import { monitorHandlers } from './handlers/monitor.js';
import { registryHandlers } from './handlers/registry.js';
import { serveHandlers } from './handlers/serve.js';
import { settingsHandlers } from './handlers/settings.js';
import { trainHandlers } from './handlers/train.js';
import type { Handlers } from './handlers/types.js';
import { workspaceHandlers } from './handlers/workspace.js';
import { recoverInterruptedJobs } from './jobs/recovery.js';
import { type Coordinator, type JobCommit, type JobHooks, JobRunner } from './jobs/runner.js';
import { resolveWorkerLaunch } from './jobs/worker-launch.js';
import { BackendService, type BackendServiceArgs } from './ml/backend-service.js';
import { recoverRuns } from './ml/run/recover-runs.js';
import { trainHooks } from './ml/run/train-hooks.js';
import { tuneCoordinator } from './ml/run/tune-coordinator.js';
import { createMlServices } from './ml/services.js';
import { alertsFor } from './monitor/alerts/alerts-for.js';
import { demoCoordinator } from './monitor/demo/demo-coordinator.js';
import { improveDatasetCommit } from './monitor/improve/dataset/commit.js';
import { loopFor } from './monitor/improve/loop/improvement-loop.js';
import { watchFor } from './monitor/watch/monitor-watch.js';
import { ServeManager, type ServeManagerArgs } from './serve/manager.js';
import { nowIso } from './util/ids.js';
import { formatZodError } from './util/zod-errors.js';
import { prepareWorkspace, resolveWorkspaceDir, type WorkspacePaths } from './workspace.js';

export interface EngineOptions {
  /** --workspace flag; else AI_FACTORY_WORKSPACE; else the per-user default. */
  workspace?: string | null;
  env?: NodeJS.ProcessEnv;
  shell: ShellKind;
  electronVersion?: string | null;
  /** better_sqlite3.node built for Electron's ABI (the Electron shell passes it). */
  nativeBinding?: string;
  /** Folder of the bundled worker.js (the Electron shell passes its own). */
  workerBundleDir?: string;
  /** Extra job kinds: kind → absolute module path (test fixtures). */
  extraJobKinds?: Record<string, string>;
  /** Extra coordinator kinds (test fixtures). */
  extraCoordinators?: Record<string, Coordinator>;
  cancelGraceMs?: number;
  maxWorkerHeapMb?: number;
  /** Check every handler's output against the contract (on in tests). */
  validateOutputs?: boolean;
  probe?: BackendServiceArgs['probe'];
  /** Inference-server timings (tests make the request-log flush and retention periods short). */
  serve?: Pick<ServeManagerArgs, 'logIntervalMs' | 'retentionIntervalMs' | 'predictIdleMs'>;
}

export type EventListener = (event: EngineEvent) => void;

/** The factory: one object behind every shell. Never imports electron. */
export interface Engine {
  readonly paths: WorkspacePaths;
  /** For shells: validate an untyped command and its input, run it, and never throw. */
  invoke(command: unknown, input: unknown): Promise<Result<unknown>>;
  /** For typed callers in the same process: throws AppError. */
  call<K extends CommandName>(command: K, input: CommandInput<K>): Promise<CommandOutput<K>>;
  subscribe(listener: EventListener): () => void;
  /** Jobs started by this engine that are still queued or running. */
  activeJobs(): number;
  close(): Promise<void>;
  /** For tests and in-process tools. */
  readonly context: EngineContext;
}

export async function openEngine(options: EngineOptions): Promise<Engine> {
  const env = options.env ?? process.env;
  const { dir, source } = resolveWorkspaceDir(options.workspace, env);
  const paths = prepareWorkspace(dir, source);
  const db: Db = openDatabase({
    path: paths.databasePath,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const listeners = new Set<EventListener>();
  let serve: ServeManager | undefined;
  const emit = (event: EngineEvent) => {
    // A registry change reaches the inference server (hot swap) before any other listener.
    if (event.type === 'models.changed') serve?.modelsChanged(event.name);
    for (const l of listeners) {
      try {
        l(event);
      } catch {
        // a listener's failure (e.g. a closed socket) must not break the engine
      }
    }
  };
  try {
    const settings = new SettingsStore(db);
    const jobs = new JobsStore(db);
    recoverInterruptedJobs(jobs, paths.stagingDir);
    const data = createDataServices(db, paths.columnsDir);
    const ml = createMlServices(db);
    recoverRuns(db, ml);
    const commits: Record<string, JobCommit | undefined> = {
      ...dataCommits(data),
      'improve.dataset': improveDatasetCommit(data, db),
    };
    // Training hooks and the tuning coordinator need the whole context; they are set just below.
    let trainJobHooks: JobHooks | undefined;
    let evaluateJobHooks: JobHooks | undefined;
    let tuneJob: Coordinator | undefined;
    let demoJob: Coordinator | undefined;
    const hooks = (kind: string): JobHooks | undefined => {
      if (kind === 'train') return trainJobHooks;
      if (kind === 'evaluate') return evaluateJobHooks;
      const commit = commits[kind];
      return commit ? { commit } : undefined;
    };
    const backend = new BackendService({
      settings,
      env,
      emit,
      ...(options.probe ? { probe: options.probe } : {}),
    });
    const runner = new JobRunner({
      store: jobs,
      workspaceDir: paths.dir,
      databasePath: paths.databasePath,
      artifactsDir: paths.artifactsDir,
      stagingDir: paths.stagingDir,
      launch: resolveWorkerLaunch(options.workerBundleDir),
      backend: () => backend.chosenNow(),
      emit,
      hooks,
      coordinators: (kind) =>
        kind === 'tune' ? tuneJob : kind === 'demo' ? demoJob : options.extraCoordinators?.[kind],
      // A native backend (tfjs-node) must be owned by one thread at a time (tfjs issue #8388).
      exclusive: (kind) => kind === 'train' && ['cuda', 'tensorflow'].includes(backend.chosenNow()),
      maxConcurrent: () => settings.get('jobs.maxConcurrent'),
      ...(options.cancelGraceMs !== undefined ? { cancelGraceMs: options.cancelGraceMs } : {}),
      ...(options.maxWorkerHeapMb !== undefined ? { maxOldGenerationSizeMb: options.maxWorkerHeapMb } : {}),
      ...(options.extraJobKinds ? { extraKinds: options.extraJobKinds } : {}),
    });
    serve = new ServeManager({
      workspaceDir: paths.dir,
      databasePath: paths.databasePath,
      settings,
      backend: async () => (await backend.get()).chosen,
      emit,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.workerBundleDir ? { workerBundleDir: options.workerBundleDir } : {}),
      ...(options.serve ?? {}),
    });
    const context: EngineContext = {
      paths,
      db,
      settings,
      jobs,
      runner,
      backend,
      data,
      ml,
      serve,
      shell: options.shell,
      electronVersion: options.electronVersion ?? null,
      emit,
    };
    trainJobHooks = trainHooks(context);
    evaluateJobHooks = evaluateHooks(context);
    watchFor(context).start();
    tuneJob = tuneCoordinator(context);
    const handlers = joinHandlers(
      appHandlers(context),
      workspaceHandlers(context),
      settingsHandlers(context),
      jobsHandlers(context),
      dataHandlers(context),
      labelsHandlers(context),
      trainHandlers(context),
      registryHandlers(context),
      serveHandlers(context),
      evaluateHandlers(context),
      monitorHandlers(context),
      alertsHandlers(context),
      improveHandlers(context),
    );
    const engine = new FactoryEngine(
      context,
      handlers,
      listeners,
      options.validateOutputs ?? Boolean(env.VITEST),
    );
    const loop = loopFor(context, (command, input) => engine.call(command, input));
    demoJob = demoCoordinator(context, engine);
    loop.start();
    return engine;
  } catch (err) {
    db.close();
    throw err;
  }
}

class FactoryEngine implements Engine {
  private closed = false;

  constructor(
    readonly context: EngineContext,
    private readonly handlers: Handlers,
    private readonly listeners: Set<EventListener>,
    private readonly validateOutputs: boolean,
  ) {}

  get paths(): WorkspacePaths {
    return this.context.paths;
  }

  async invoke(command: unknown, input: unknown): Promise<Result<unknown>> {
    try {
      return { ok: true, value: await this.dispatch(command, input) };
    } catch (err) {
      const e = AppError.from(err);
      if (e.kind === 'internal') {
        this.context.emit({
          type: 'log',
          level: 'error',
          message: `${String(command)}: ${e.message}`,
          jobId: null,
          at: nowIso(),
        });
      }
      return { ok: false, error: e.toJSON() };
    }
  }

  async call<K extends CommandName>(command: K, input: CommandInput<K>): Promise<CommandOutput<K>> {
    return (await this.dispatch(command, input)) as CommandOutput<K>;
  }

  private async dispatch(command: unknown, input: unknown): Promise<unknown> {
    if (this.closed) throw new AppError('unavailable', 'The engine is closed.');
    if (!isCommandName(command)) {
      const shown = typeof command === 'string' ? `"${command.slice(0, 80)}"` : `of type ${typeof command}`;
      throw new AppError(
        'unknown_command',
        `Unknown command ${shown}. Known commands: ${COMMAND_NAMES.join(', ')}.`,
      );
    }
    const spec = contract[command];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      throw new AppError(
        'invalid_input',
        `Invalid input for ${command}: ${formatZodError(parsed.error)}`,
        parsed.error.issues,
      );
    }
    const handler = this.handlers[command] as (i: unknown) => unknown;
    const value = await handler(parsed.data);
    if (this.validateOutputs) {
      const out = spec.output.safeParse(value);
      if (!out.success)
        throw new AppError(
          'internal',
          `Output of ${command} breaks the contract: ${formatZodError(out.error)}`,
        );
    }
    return value;
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  activeJobs(): number {
    return this.context.runner.activeCount;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    watchFor(this.context).stop();
    await loopFor(this.context).stop();
    await this.context.serve.close();
    await this.context.runner.close();
    await this.context.backend.get().catch(() => undefined);
    // Webhook deliveries of alerts already raised finish (each has a 2 s timeout) and are recorded.
    await alertsFor(this.context).idle();
    this.listeners.clear();
    this.context.data.columns.close();
    this.context.db.close();
  }
}
