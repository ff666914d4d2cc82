import { beforeEach, describe, expect, it } from 'vitest';
import type { ProductionLabelItem } from '../../../../../../shared/improve';
import { setTransport } from '../../../../transport/client';
import { ok, scriptedTransport } from '../../../../transport/scripted-transport';
import { openLabels, setNumberText, submitLabel, submitNumber } from './labels-actions';
import { initialLabelsState, useProductionLabelsStore } from './labels-store';

function item(id: string, patch: Partial<ProductionLabelItem> = {}): ProductionLabelItem {
  return {
    predictionId: id,
    modelName: 'credit',
    version: 2,
    reason: 'drift',
    score: 0.4,
    at: 1_767_600_000_000,
    features: { age: 41 },
    predicted: 'good',
    label: null,
    ...patch,
  };
}

beforeEach(() => {
  useProductionLabelsStore.setState(initialLabelsState(), true);
});

describe('production label actions', () => {
  it('labels the item shown and moves to the next one', async () => {
    const s = scriptedTransport();
    setTransport(s.transport);
    const opened = openLabels('credit');
    expect(s.calls[0]).toMatchObject({
      name: 'productionLabels.queue',
      input: { modelName: 'credit', limit: 50 },
    });
    s.calls[0]?.answer(
      ok({ items: [item('a'), item('b')], classes: ['good', 'bad'], pending: 2, labeled: 5 }),
    );
    await opened;
    expect(useProductionLabelsStore.getState().selectedId).toBe('a');
    const saved = submitLabel('bad');
    expect(s.calls[1]).toMatchObject({
      name: 'productionLabels.submit',
      input: { predictionId: 'a', label: 'bad', annotator: 'analyst' },
    });
    s.calls[1]?.answer(ok({ item: item('a', { label: 'bad' }), pending: 1, labeled: 6 }));
    expect(await saved).toBe(true);
    const st = useProductionLabelsStore.getState();
    expect(st.selectedId).toBe('b');
    expect(st.queue).toMatchObject({ pending: 1, labeled: 6 });
    expect(st.queue?.items.map((i) => i.predictionId)).toEqual(['b']);
    expect(st.lastLabeled).toEqual({ predictionId: 'a', label: 'bad' });
  });

  it('sends a typed number for a regression model, and says what to fix first', async () => {
    const s = scriptedTransport();
    setTransport(s.transport);
    const opened = openLabels('prices');
    s.calls[0]?.answer(
      ok({ items: [item('p', { predicted: 10.5 })], classes: null, pending: 1, labeled: 0 }),
    );
    await opened;
    setNumberText('abc');
    expect(await submitNumber()).toBe(false);
    expect(useProductionLabelsStore.getState().submitError).toBe(
      '“abc” is not a number: type one, e.g. 12.5.',
    );
    setNumberText('12.25');
    const saved = submitNumber();
    expect(s.calls[1]?.input).toEqual({ predictionId: 'p', label: 12.25, annotator: 'analyst' });
    s.calls[1]?.answer({ ok: false, error: { kind: 'not_found', message: 'No such prediction.' } });
    expect(await saved).toBe(false);
    expect(useProductionLabelsStore.getState()).toMatchObject({
      submitError: 'Could not save the label: No such prediction.',
      selectedId: 'p',
      submitting: null,
    });
  });
});
