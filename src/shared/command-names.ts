/**
 * The names of every command in the contract, with no runtime dependencies, so the
 * sandboxed preload can build one named function per command without bundling zod.
 * `contract.ts` is typed against this list: a name without a schema does not compile.
 */
export const COMMAND_NAMES = [
  'app.info',
  'app.backend',
  'workspace.summary',
  'settings.get',
  'settings.set',
  'jobs.list',
  'jobs.get',
  'jobs.start',
  'jobs.cancel',
  'jobs.events',
  'data.list',
  'data.get',
  'data.version',
  'data.rows',
  'data.import',
  'data.applyRecipe',
  'data.profile',
  'data.quality',
  'data.configure',
  'data.compare',
  'data.export',
  'data.split',
  'data.pipeline',
  'data.delete',
  'labels.getSet',
  'labels.setSet',
  'labels.queue',
  'labels.submit',
  'labels.undo',
  'labels.resolve',
  'labels.importColumn',
  'labels.stats',
  'labels.disagreements',
  'labels.history',
  'train.defaults',
  'train.start',
  'runs.list',
  'runs.get',
  'runs.resume',
  'runs.cancel',
  'tune.defaultSpace',
  'tune.start',
  'tunings.list',
  'tunings.get',
  'models.list',
  'models.get',
  'models.promote',
  'models.rollback',
  'models.lineage',
  'serve.status',
  'serve.start',
  'serve.stop',
  'serve.stats',
  'serve.predict',
  'serve.requests',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

export function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && (COMMAND_NAMES as readonly string[]).includes(value);
}
