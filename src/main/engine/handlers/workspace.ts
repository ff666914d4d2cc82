import type { StepSummary } from '../../../shared/workspace.js';
import type { EngineContext } from '../context.js';
import type { Handlers } from './types.js';

/** How far the data step is, from the datasets tables. */
function dataStep(ctx: EngineContext): { step: StepSummary; prepared: number } {
  if (ctx.data.datasets.count() === 0) {
    return {
      step: {
        id: 'data',
        title: 'Data',
        state: 'ready',
        nextAction: 'Import a CSV or JSON file to create your first dataset.',
      },
      prepared: 0,
    };
  }
  const prepared = ctx.db
    .prepare(
      'SELECT count(*) FROM dataset_versions WHERE target IS NOT NULL AND task IS NOT NULL AND split IS NOT NULL',
    )
    .pluck()
    .get() as number;
  if (prepared === 0) {
    return {
      step: {
        id: 'data',
        title: 'Data',
        state: 'active',
        nextAction:
          'Pick a target, fix what the quality report flags, then split a version into train / validation / test.',
      },
      prepared,
    };
  }
  return {
    step: {
      id: 'data',
      title: 'Data',
      state: 'done',
      nextAction: `${prepared} version${prepared === 1 ? ' is' : 's are'} ready for training (target and split set).`,
    },
    prepared,
  };
}

/**
 * The five lifecycle steps and what to do next in each, derived from the workspace's tables.
 * Later capabilities (runs, evaluations, deployments, monitors) derive the last four the same way.
 */
/** How far the train step is: runs and the model versions they made. */
function trainStep(ctx: EngineContext, dataReady: boolean): { step: StepSummary; models: number } {
  const targets = ctx.db
    .prepare('SELECT count(*) FROM dataset_versions WHERE target IS NOT NULL')
    .pluck()
    .get() as number;
  const runs = ctx.db
    .prepare("SELECT count(*) FROM runs WHERE kind = 'train' OR tuning_id IS NOT NULL")
    .pluck()
    .get() as number;
  const models = ctx.ml.models.count();
  if (models > 0) {
    return {
      step: {
        id: 'train',
        title: 'Train',
        state: 'done',
        nextAction: `${models} model version${models === 1 ? '' : 's'} trained; evaluate one next.`,
      },
      models,
    };
  }
  if (runs > 0) {
    return {
      step: {
        id: 'train',
        title: 'Train',
        state: 'active',
        nextAction: 'Training has started; a finished run becomes a candidate model.',
      },
      models,
    };
  }
  if (dataReady || targets > 0) {
    return {
      step: {
        id: 'train',
        title: 'Train',
        state: 'ready',
        nextAction: 'Train a model on a prepared dataset version, or tune its hyperparameters.',
      },
      models,
    };
  }
  return {
    step: {
      id: 'train',
      title: 'Train',
      state: 'blocked',
      nextAction: 'Prepare a dataset first (target and split); then train a model on it.',
    },
    models,
  };
}

/** How far the evaluate step is: whether any version has been evaluated, and passed its gate. */
function evaluateStep(ctx: EngineContext, versions: number): StepSummary {
  const base = { id: 'evaluate', title: 'Evaluate' } as const;
  if (versions === 0)
    return {
      ...base,
      state: 'blocked',
      nextAction: 'Train a model first; then test its accuracy, latency and robustness.',
    };
  const row = ctx.db
    .prepare('SELECT count(*) AS n, coalesce(sum(passed), 0) AS passed FROM evaluations')
    .get() as {
    n: number;
    passed: number;
  };
  if (row.n === 0)
    return {
      ...base,
      state: 'ready',
      nextAction: 'Evaluate a candidate model: accuracy, latency and robustness.',
    };
  return {
    ...base,
    state: 'done',
    nextAction: `${row.n} evaluation${row.n === 1 ? '' : 's'}, ${row.passed} passed the gate; promote a passing version in Deploy.`,
  };
}

/** How far the monitor step is: a production model, its traffic, and open alerts. */
function monitorStep(ctx: EngineContext): StepSummary {
  const base = { id: 'monitor', title: 'Monitor' } as const;
  const production = ctx.db
    .prepare("SELECT count(*) FROM model_versions WHERE stage = 'production'")
    .pluck()
    .get() as number;
  if (production === 0)
    return {
      ...base,
      state: 'blocked',
      nextAction: 'Deploy a model; then its live traffic, drift and accuracy show here.',
    };
  const traffic = ctx.db.prepare('SELECT count(*) FROM prediction_requests').pluck().get() as number;
  if (traffic === 0)
    return {
      ...base,
      state: 'ready',
      nextAction:
        'Send predictions to the inference port; drift, quality and live accuracy are watched from then on.',
    };
  const open = ctx.db
    .prepare('SELECT count(*) FROM alerts WHERE acknowledged_at IS NULL')
    .pluck()
    .get() as number;
  return {
    ...base,
    state: 'active',
    nextAction:
      open > 0
        ? `${open} open alert${open === 1 ? '' : 's'}: look at the evidence in Monitor and acknowledge.`
        : 'Watching live traffic for drift, quality and accuracy; no open alerts.',
  };
}

/** How far the deploy step is: whether any model version is in production. */
function deployStep(ctx: EngineContext, versions: number): StepSummary {
  if (versions === 0) {
    return {
      id: 'deploy',
      title: 'Deploy',
      state: 'blocked',
      nextAction: 'Train a model first; then promote a version to production and serve it locally.',
    };
  }
  const production = ctx.db
    .prepare("SELECT count(*) FROM model_versions WHERE stage = 'production'")
    .pluck()
    .get() as number;
  if (production === 0) {
    return {
      id: 'deploy',
      title: 'Deploy',
      state: 'ready',
      nextAction: 'Promote a model version to production, then start the local inference server.',
    };
  }
  return {
    id: 'deploy',
    title: 'Deploy',
    state: 'done',
    nextAction: `${production} model${production === 1 ? '' : 's'} in production; serve ${production === 1 ? 'it' : 'them'} on the local inference port.`,
  };
}

/**
 * The five lifecycle steps and what to do next in each, derived from the workspace's tables.
 * Later capabilities (evaluations, deployments, monitors) derive the last three the same way.
 */
function steps(ctx: EngineContext): StepSummary[] {
  const data = dataStep(ctx);
  const train = trainStep(ctx, data.prepared > 0);
  return [
    data.step,
    train.step,
    evaluateStep(ctx, train.models),
    deployStep(ctx, train.models),
    monitorStep(ctx),
  ];
}

export function workspaceHandlers(ctx: EngineContext): Pick<Handlers, 'workspace.summary'> {
  return {
    'workspace.summary': () => {
      const counts = ctx.jobs.countByStatus();
      return {
        steps: steps(ctx),
        jobs: { running: counts.running, queued: counts.queued, failed: counts.failed },
      };
    },
  };
}
