import { beforeEach, describe, expect, it } from 'vitest';
import { params, run } from '../lib/test-fixtures';
import { initialTrainState, setInvalid, setParam, setTrain, upsertRuns, useTrainStore } from './train-store';

beforeEach(() => setTrain(initialTrainState));

describe('the train store', () => {
  it('sets a parameter by path and forgets the engine’s complaint about it', () => {
    setTrain({
      draft: params(),
      startErrors: { fields: { 'mlp.units': 'too small', epochs: 'bad' }, message: 'm' },
    });
    setParam('mlp.units', 128);
    setParam('schedule', { kind: 'cosine', minLr: 0 });
    const s = useTrainStore.getState();
    expect(s.draft?.mlp.units).toBe(128);
    expect(s.draft?.mlp.hiddenLayers).toBe(2);
    expect(s.draft?.schedule).toEqual({ kind: 'cosine', minLr: 0 });
    expect(s.startErrors?.fields).toEqual({ epochs: 'bad' });
  });

  it('keeps runs newest first, replacing a run by id', () => {
    upsertRuns([
      run('a', { createdAt: '2025-01-01T00:00:00Z' }),
      run('b', { createdAt: '2025-01-03T00:00:00Z' }),
    ]);
    upsertRuns([
      run('a', { createdAt: '2025-01-01T00:00:00Z', status: 'failed' }),
      run('c', { createdAt: '2025-01-02T00:00:00Z' }),
    ]);
    const { runs } = useTrainStore.getState();
    expect(runs.map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(runs[2]?.status).toBe('failed');
  });

  it('tracks fields whose text is not a value yet', () => {
    setInvalid('epochs', true);
    setInvalid('tune.trials', true);
    setInvalid('epochs', false);
    expect(useTrainStore.getState().invalid).toEqual({ 'tune.trials': true });
  });
});
