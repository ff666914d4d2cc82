import { join } from 'node:path';

/** Where a run keeps its files: checkpoints (kept across resumes) and its model artifacts. */
export function runPaths(workspaceDir: string, runId: string) {
  const dir = join(workspaceDir, 'artifacts', 'runs', runId);
  return {
    dir,
    checkpointDir: join(dir, 'checkpoint'),
    /** The pipeline fitted when the run started; a resume reuses it. */
    pipelineFile: join(dir, 'pipeline.json'),
    modelDir: join(dir, 'model'),
  };
}
