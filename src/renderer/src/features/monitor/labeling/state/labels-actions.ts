import type { ProductionLabelReason } from '../../../../../../shared/improve';
import { call, errorMessage } from '../../../../transport/client';
import { saveAnnotator } from '../../../data/labeling/annotator';
import { afterSubmit, keepSelection, parseNumberLabel } from '../lib/label-queue';
import { initialLabelsState, setLabels, useProductionLabelsStore } from './labels-store';

/** Items read per look (the contract's default). */
export const QUEUE_LIMIT = 50;

const current = () => useProductionLabelsStore.getState().modelName;

/** Open a model's queue (the Monitor step's model changed), or read it again for the same model. */
export async function openLabels(modelName: string | null): Promise<void> {
  if (current() !== modelName) {
    const { annotator } = useProductionLabelsStore.getState();
    setLabels({ ...initialLabelsState(), annotator, modelName });
  }
  await loadQueue();
}

let latestRead = 0;

/** The pending items (drifted windows and least certain answers) with the pending and labeled counts. */
export async function loadQueue(): Promise<void> {
  const s = useProductionLabelsStore.getState();
  const modelName = s.modelName;
  if (!modelName) return;
  const seq = ++latestRead;
  try {
    const queue = await call('productionLabels.queue', {
      modelName,
      limit: QUEUE_LIMIT,
      ...(s.reason ? { reason: s.reason } : {}),
    });
    if (seq !== latestRead || current() !== modelName) return;
    setLabels((st) => {
      const selectedId = keepSelection(queue.items, st.selectedId);
      return {
        queue,
        loaded: true,
        error: null,
        selectedId,
        ...(selectedId === st.selectedId ? {} : { numberText: '', submitError: null }),
      };
    });
  } catch (err) {
    if (seq === latestRead && current() === modelName) setLabels({ loaded: true, error: errorMessage(err) });
  }
}

/** Only items queued for one reason (null: both). */
export async function filterReason(reason: ProductionLabelReason | null): Promise<void> {
  setLabels({ reason, selectedId: null, numberText: '', submitError: null });
  await loadQueue();
}

export function selectItem(predictionId: string): void {
  setLabels((s) =>
    s.selectedId === predictionId ? {} : { selectedId: predictionId, numberText: '', submitError: null },
  );
}

export function setNumberText(text: string): void {
  setLabels({ numberText: text, submitError: null });
}

export function setAnnotator(name: string): void {
  setLabels({ annotator: name });
  saveAnnotator(name);
}

/** Label the item shown; it leaves the queue and the next one is shown. */
export async function submitLabel(label: string | number): Promise<boolean> {
  const s = useProductionLabelsStore.getState();
  const predictionId = s.selectedId;
  if (!predictionId || s.submitting) return false;
  const annotator = s.annotator.trim() || 'analyst';
  setLabels({ submitting: predictionId, submitError: null });
  try {
    const saved = await call('productionLabels.submit', { predictionId, label, annotator });
    latestRead += 1; // a read started before this label must not bring the item back
    setLabels((st) => {
      if (!st.queue) return { lastLabeled: { predictionId, label } };
      const moved = afterSubmit(st.queue, predictionId, saved);
      return {
        queue: moved.queue,
        selectedId: moved.next,
        numberText: '',
        lastLabeled: { predictionId, label: saved.item.label ?? label },
      };
    });
    return true;
  } catch (err) {
    setLabels({ submitError: `Could not save the label: ${errorMessage(err)}` });
    return false;
  } finally {
    setLabels({ submitting: null });
  }
}

/** Label the item shown with the number typed (regression), or say what to fix in the field. */
export async function submitNumber(): Promise<boolean> {
  const parsed = parseNumberLabel(useProductionLabelsStore.getState().numberText);
  if ('error' in parsed) {
    setLabels({ submitError: parsed.error });
    return false;
  }
  return submitLabel(parsed.value);
}
