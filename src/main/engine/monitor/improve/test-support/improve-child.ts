// Child process for the killed-cycle test (tests only): opens the engine on argv[2] (a workspace
// whose model argv[3] has a production version), starts an improvement cycle now, and prints
// {"cycleId", "jobId", "runId"} once the cycle's training job is running with an epoch done;
// then it waits to be killed.
import { openEngine } from '../../../engine.js';

const [workspace, modelName] = process.argv.slice(2);
if (!workspace || !modelName) throw new Error('usage: improve-child.ts WORKSPACE MODEL');
const engine = await openEngine({ shell: 'test', workspace, env: { AI_FACTORY_BACKEND: 'wasm' } });
const cycle = await engine.call('improve.runNow', { modelName });
const timer = setInterval(() => {
  const c = engine.context.db
    .prepare('SELECT stage, job_id, run_id FROM improvement_cycles WHERE id = ?')
    .get(cycle.id) as { stage: string; job_id: string | null; run_id: string | null };
  if (c.stage !== 'train' || !c.job_id || !c.run_id) return;
  const job = engine.context.jobs.get(c.job_id);
  const epochs = engine.context.ml.runs.get(c.run_id)?.epochsDone ?? 0;
  if (job?.status !== 'running' || epochs < 1) return;
  clearInterval(timer);
  process.stdout.write(`${JSON.stringify({ cycleId: cycle.id, jobId: c.job_id, runId: c.run_id })}\n`);
  setInterval(() => {}, 1000);
}, 20);
