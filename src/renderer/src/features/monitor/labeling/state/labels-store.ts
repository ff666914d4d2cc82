import { create } from 'zustand';
import type { ProductionLabelQueue, ProductionLabelReason } from '../../../../../../shared/improve';
import { savedAnnotator } from '../../../data/labeling/annotator';

export interface ProductionLabelsState {
  /** The model whose queue is held (the Monitor step's open model). */
  modelName: string | null;
  queue: ProductionLabelQueue | null;
  loaded: boolean;
  error: string | null;
  /** Only items queued for this reason (null: both). */
  reason: ProductionLabelReason | null;
  /** The item being labeled. */
  selectedId: string | null;
  /** The true value typed (regression models). */
  numberText: string;
  /** The item whose label is being saved, and the engine's (or the field's) objection. */
  submitting: string | null;
  submitError: string | null;
  /** The last label saved, for the "labeled … as …" note. */
  lastLabeled: { predictionId: string; label: string | number } | null;
  annotator: string;
}

export const initialLabelsState = (): ProductionLabelsState => ({
  modelName: null,
  queue: null,
  loaded: false,
  error: null,
  reason: null,
  selectedId: null,
  numberText: '',
  submitting: null,
  submitError: null,
  lastLabeled: null,
  annotator: savedAnnotator() || 'analyst',
});

/** The production labeling queue of the Monitor step's open model; actions live in labels-actions.ts. */
export const useProductionLabelsStore = create<ProductionLabelsState>()(() => initialLabelsState());

export const setLabels = (
  patch: Partial<ProductionLabelsState> | ((s: ProductionLabelsState) => Partial<ProductionLabelsState>),
): void => useProductionLabelsStore.setState(patch);
