import type { StepSummary } from '../../../shared/workspace.js';
import type { EngineContext } from '../context.js';
import type { Handlers } from './types.js';

/**
 * The five lifecycle steps and what to do next in each. Later capabilities derive the states from
 * their tables (datasets, runs, evaluations, deployments, monitors); today only the first step is open.
 */
function steps(): StepSummary[] {
  return [
    {
      id: 'data',
      title: 'Data',
      state: 'ready',
      nextAction: 'Import a CSV or JSON file to create your first dataset.',
    },
    {
      id: 'train',
      title: 'Train',
      state: 'blocked',
      nextAction: 'Import and prepare a dataset first; then train a model on it.',
    },
    {
      id: 'evaluate',
      title: 'Evaluate',
      state: 'blocked',
      nextAction: 'Train a model first; then test its accuracy, latency and robustness.',
    },
    {
      id: 'deploy',
      title: 'Deploy',
      state: 'blocked',
      nextAction: 'Evaluate a model and pass its gate; then serve it on the local inference port.',
    },
    {
      id: 'monitor',
      title: 'Monitor',
      state: 'blocked',
      nextAction: 'Deploy a model; then its live traffic, drift and accuracy show here.',
    },
  ];
}

export function workspaceHandlers(ctx: EngineContext): Pick<Handlers, 'workspace.summary'> {
  return {
    'workspace.summary': () => {
      const counts = ctx.jobs.countByStatus();
      return {
        steps: steps(),
        jobs: { running: counts.running, queued: counts.queued, failed: counts.failed },
      };
    },
  };
}
