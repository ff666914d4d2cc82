import { fileURLToPath } from 'node:url';

const here = (name: string) => fileURLToPath(new URL(`./${name}.ts`, import.meta.url));

/** Job kinds used only by tests: kind → module path, for EngineOptions.extraJobKinds. */
export const FIXTURE_KINDS = {
  'test.steps': here('steps-job'),
  'test.throws': here('throws-job'),
  'test.exits': here('exits-job'),
  'test.uncaught': here('uncaught-job'),
  'test.oom': here('oom-job'),
  'test.busy': here('busy-job'),
  'test.waits': here('waits-job'),
};
