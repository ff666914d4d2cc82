import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../../../shared/errors.js';
import type { Prediction, ServeOptions, ServeStatus } from '../../../../shared/serve.js';
import type { CliContext } from '../main.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 0 || n > 65_535)
    throw new AppError('invalid_input', `--port must be a whole number from 0 to 65535, not "${value}".`);
  return n;
}

function parseVersion(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1)
    throw new AppError(
      'invalid_input',
      `the model version must be a whole number (1, 2, ...), not "${value}".`,
    );
  return n;
}

const INSTANCES_HELP =
  'Give one instance object, an array of them, or {"instances": [...]}, e.g. --json \'{"age": 39, "workclass": "Private"}\'.';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The instances of `predict`'s JSON argument: one object, an array of objects, or {"instances": [...]}. */
export function parseInstances(text: string): Record<string, unknown>[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new AppError(
      'invalid_input',
      `The instances are not valid JSON (${(err as Error).message}). ${INSTANCES_HELP}`,
    );
  }
  let list: unknown[];
  if (Array.isArray(value)) list = value;
  else if (isRecord(value) && 'instances' in value) {
    if (!Array.isArray(value.instances))
      throw new AppError('invalid_input', `"instances" must be an array of objects. ${INSTANCES_HELP}`);
    list = value.instances;
  } else if (isRecord(value)) list = [value];
  else
    throw new AppError(
      'invalid_input',
      `Expected an object or an array of objects, got ${JSON.stringify(value)}. ${INSTANCES_HELP}`,
    );
  if (list.length === 0)
    throw new AppError('invalid_input', `There are no instances to predict. ${INSTANCES_HELP}`);
  list.forEach((row, i) => {
    if (!isRecord(row))
      throw new AppError(
        'invalid_input',
        `Instance ${i + 1} must be an object of feature → value, not ${JSON.stringify(row)}.`,
      );
  });
  return list as Record<string, unknown>[];
}

function formatPrediction(p: Prediction): string {
  const probs = p.probabilities
    ? `  ${Object.entries(p.probabilities)
        .map(([k, v]) => `${k} ${v.toFixed(4)}`)
        .join(', ')}`
    : '';
  return `${String(p.prediction)}${probs}  (${p.model_name} v${p.model_version}, ${p.prediction_id})`;
}

function formatStatus(s: ServeStatus): string {
  const served = s.models.map((m) => `${m.name} v${m.version} (${m.stage})`).join(', ');
  return [
    `Inference server at ${s.url}`,
    served ? `serving ${served}` : 'no production versions yet; promote one with `ai-factory models promote`',
    s.token ? 'requests need the header Authorization: Bearer <token>' : '',
    'Ctrl-C stops it.',
  ]
    .filter(Boolean)
    .join('\n');
}

export function registerServe(program: Command, ctx: () => CliContext): void {
  program
    .command('serve')
    .description(
      'run the inference server alone (headless): OIP v2 and TF-Serving-style predict for the production models (Ctrl-C stops)',
    )
    .option('--port <port>', 'port (0 picks a free one; default: the serve.port setting)')
    .option(
      '--host <host>',
      'interface to bind (default: the serve.host setting); anything but 127.0.0.1/localhost exposes the models to your network',
    )
    .option('--token <token>', 'bearer token every request must carry (at least 8 characters)')
    .action(async (o: { port?: string; host?: string; token?: string }) => {
      const c = ctx();
      const options: Partial<ServeOptions> = {};
      if (o.port !== undefined) options.port = parsePort(o.port);
      if (o.host !== undefined) options.host = o.host;
      if (o.token !== undefined) options.token = o.token;
      const engine = await c.engine();
      const status = await engine.call('serve.start', { options });
      if (!status.running || !status.url)
        throw new AppError('unavailable', status.error ?? 'The inference server did not start.');
      if (status.warning) c.out.note(`warning: ${status.warning}`);
      else if (status.host && !LOOPBACK.has(status.host))
        c.out.note(
          `warning: listening on ${status.host} lets other machines on your network call these models.`,
        );
      c.out.result(
        {
          url: status.url,
          host: status.host,
          port: status.port,
          token: status.token,
          models: status.models,
          workspaceDir: engine.paths.dir,
        },
        () => formatStatus(status),
      );
      c.keepAlive(
        new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            c.out.note('stopping the inference server…');
            engine.call('serve.stop', {}).then(
              () => resolve(),
              (err: unknown) => {
                c.out.note(`warning: the server did not stop cleanly: ${(err as Error).message}`);
                resolve();
              },
            );
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        }),
      );
    });

  program
    .command('predict <model> [instances]')
    .description(
      'predict with a model: ai-factory predict NAME[@VERSION] --json \'{...}\' (one instance, an array, or {"instances": [...]}; - reads stdin). Default version: production',
    )
    // Not --version: the program's own -V/--version (print the app version) takes that name anywhere.
    .option('--model-version <n>', 'model version (default: the production version; or write NAME@N)')
    .action(async (model: string, data: string | undefined, o: { modelVersion?: string }) => {
      const c = ctx();
      const at = model.lastIndexOf('@');
      const name = at > 0 ? model.slice(0, at) : model;
      const versionText = o.modelVersion ?? (at > 0 ? model.slice(at + 1) : undefined);
      const version = versionText === undefined ? undefined : parseVersion(versionText);
      if (data === undefined)
        throw new AppError(
          'invalid_input',
          `No instances given. ${INSTANCES_HELP} Use - to read them from stdin.`,
        );
      const instances = parseInstances(data === '-' ? readFileSync(0, 'utf8') : data);
      const engine = await c.engine();
      const r = await engine.call('serve.predict', {
        name,
        instances,
        ...(version !== undefined ? { version } : {}),
      });
      c.out.result({ predictions: r.predictions }, () => r.predictions.map(formatPrediction).join('\n'));
    });
}
