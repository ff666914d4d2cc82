/** Predictions in the TF-Serving-style shape (src/shared/serve.ts Prediction). */
import type { Prediction } from '../../../../shared/serve.js';
import type { ServedModel } from '../types.js';
import type { Predicted } from './predict-core.js';

export function v1Predictions(model: ServedModel, p: Predicted): Prediction[] {
  const labels = model.labels;
  const out = new Array<Prediction>(p.outputs.length);
  for (let i = 0; i < p.outputs.length; i++) {
    const o = p.outputs[i];
    if (!o) continue;
    const row: Prediction = {
      prediction_id: p.ids[i] as string,
      model_name: model.name,
      model_version: model.version,
      prediction: o.prediction,
    };
    if (labels && o.probabilities) {
      const probs: Record<string, number> = {};
      for (let c = 0; c < labels.length; c++) probs[labels[c] as string] = o.probabilities[c] as number;
      row.probabilities = probs;
    }
    out[i] = row;
  }
  return out;
}
