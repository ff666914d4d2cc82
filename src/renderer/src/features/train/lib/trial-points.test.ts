import { describe, expect, it } from 'vitest';
import type { TrialRecord, TuningRecord } from '../../../../../shared/train';
import { bestTrial, isLogDimension, isNumericDimension, trialPoints } from './trial-points';

const trial = (runId: string, metric: number | null, values: TrialRecord['values']): TrialRecord => ({
  runId,
  values,
  status: metric === null ? 'running' : 'succeeded',
  epochsDone: 3,
  metric,
  rung: 0,
});

function tuning(patch: Partial<TuningRecord>): TuningRecord {
  return {
    id: 't',
    jobId: 'j',
    status: 'running',
    spec: {
      versionId: 'v',
      template: 'mlp',
      base: {},
      strategy: 'random',
      trials: 3,
      maxEpochs: 3,
      eta: 3,
      concurrency: 1,
      seed: 1,
    },
    space: [
      { type: 'float', path: 'learningRate', min: 0.0001, max: 0.01, log: true },
      { type: 'choice', path: 'mlp.activation', values: ['relu', 'elu'] },
      { type: 'choice', path: 'batchSize', values: [64, 128] },
    ],
    metricName: 'accuracy',
    trials: [],
    bestRunId: null,
    totalEpochs: 0,
    createdAt: '',
    finishedAt: null,
    ...patch,
  };
}

describe('trial points', () => {
  const trials = [
    trial('a', 0.9, { learningRate: 0.001, 'mlp.activation': 'relu' }),
    trial('b', null, { learningRate: 0.003, 'mlp.activation': 'elu' }),
    trial('c', 0.95, { learningRate: 0.01, 'mlp.activation': 'elu' }),
  ];

  it('plots trials with a metric against a dimension', () => {
    expect(trialPoints(trials, 'learningRate')).toEqual([
      { x: 0.001, metric: 0.9, runId: 'a', status: 'succeeded' },
      { x: 0.01, metric: 0.95, runId: 'c', status: 'succeeded' },
    ]);
    expect(trialPoints(trials, 'mlp.activation').map((p) => p.x)).toEqual(['relu', 'elu']);
  });

  it('knows numeric and log dimensions', () => {
    const t = tuning({});
    expect(isNumericDimension(t, 'learningRate')).toBe(true);
    expect(isNumericDimension(t, 'mlp.activation')).toBe(false);
    expect(isNumericDimension(t, 'batchSize')).toBe(true);
    expect(isLogDimension(t, 'learningRate')).toBe(true);
    expect(isLogDimension(t, 'batchSize')).toBe(false);
  });

  it('finds the best trial: highest accuracy, lowest rmse, or the tuning’s own pick', () => {
    expect(bestTrial(tuning({ trials }))?.runId).toBe('c');
    expect(bestTrial(tuning({ trials, metricName: 'rmse' }))?.runId).toBe('a');
    expect(bestTrial(tuning({ trials, bestRunId: 'a' }))?.runId).toBe('a');
    expect(bestTrial(tuning({ trials: [trials[1] as TrialRecord] }))).toBeNull();
  });
});
