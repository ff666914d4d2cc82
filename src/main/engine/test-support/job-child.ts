// Child process for the kill test: opens the engine on argv[2], starts a job that writes partial
// output and waits, prints {"jobId"} once the job runs, then waits to be killed.
import { openEngine } from '../engine.js';
import { FIXTURE_KINDS } from '../jobs/test-fixtures/index.js';

const workspace = process.argv[2];
if (!workspace) throw new Error('usage: job-child.ts WORKSPACE');
const engine = await openEngine({
  shell: 'test',
  workspace,
  env: { AI_FACTORY_BACKEND: 'cpu' },
  extraJobKinds: FIXTURE_KINDS,
});
const job = engine.context.runner.submit('test.waits', {});
engine.subscribe((e) => {
  if (e.type === 'job.progress' && e.jobId === job.id && e.fraction === 0.5) {
    process.stdout.write(`${JSON.stringify({ jobId: job.id })}\n`);
  }
});
setInterval(() => {}, 1000);
