import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { AppError } from '../../../shared/errors.js';
import type { ShellKind } from '../../engine/context.js';
import { type Engine, openEngine } from '../../engine/index.js';
import { packageInfo } from '../../engine/util/package-root.js';
import { registerData } from './commands/data.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerImprove } from './commands/improve.js';
import { registerInfo } from './commands/info.js';
import { registerJobs } from './commands/jobs.js';
import { registerModels } from './commands/models.js';
import { registerMonitor } from './commands/monitor.js';
import { registerServe } from './commands/serve.js';
import { registerServeUi } from './commands/serve-ui.js';
import { registerSettings } from './commands/settings.js';
import { registerTrain } from './commands/train.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { Output } from './output.js';

export interface GlobalOptions {
  workspace?: string;
  json: boolean;
  quiet: boolean;
}

/** What every command gets: output, and the engine opened on demand (closed by main). */
export interface CliContext {
  out: Output;
  globals: GlobalOptions;
  engine(shell?: ShellKind): Promise<Engine>;
  /** Set by a command that runs until stopped (serve-ui): main waits for it. */
  keepAlive(until: Promise<void>): void;
  /** The exit code when the command itself succeeded but its outcome did not (a failed job). */
  setExitCode(code: number): void;
  rendererDir: string;
}

export function buildProgram(ctx: () => CliContext): Command {
  const program = new Command('ai-factory')
    .description('AI Factory: data → train → evaluate → deploy → monitor, on this machine.')
    .version(packageInfo().version)
    .addOption(
      new Option(
        '-w, --workspace <dir>',
        'workspace folder (default: AI_FACTORY_WORKSPACE or the per-user app-data folder)',
      ),
    )
    .option('--json', 'print one JSON object as the last line of stdout', false)
    .option('-q, --quiet', 'no progress output', false)
    .showHelpAfterError('(run ai-factory --help for usage)')
    .exitOverride();
  registerInfo(program, ctx);
  registerServeUi(program, ctx);
  registerJobs(program, ctx);
  registerSettings(program, ctx);
  registerData(program, ctx);
  registerTrain(program, ctx);
  registerEvaluate(program, ctx);
  registerModels(program, ctx);
  registerServe(program, ctx);
  registerMonitor(program, ctx);
  registerImprove(program, ctx);
  return program;
}

/** Run the CLI; returns the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  let engine: Engine | undefined;
  let keep: Promise<void> | undefined;
  let exitCode: number = EXIT.ok;
  const jsonWanted = argv.includes('--json');
  let out = new Output(jsonWanted);
  const context = (): CliContext => {
    const globals = program.opts<GlobalOptions>();
    out = new Output(globals.json);
    return {
      out,
      globals,
      rendererDir: join(packageInfo().dir, 'out', 'renderer'),
      async engine(shell: ShellKind = 'cli') {
        engine ??= await openEngine({ shell, workspace: globals.workspace ?? null });
        return engine;
      },
      keepAlive(until) {
        keep = until;
      },
      setExitCode(code) {
        exitCode = code;
      },
    };
  };
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (keep) await keep;
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0)
        return EXIT.ok;
      if (jsonWanted) out.result({ error: { kind: 'invalid_input', message: err.message } }, '');
      return EXIT.usage;
    }
    const e = AppError.from(err);
    out.error(e);
    return exitCodeFor(e.kind);
  } finally {
    await engine?.close();
  }
}
