import type { Metrics } from '../../../../shared/train.js';

/**
 * Regression metrics from predictions and targets on the standardised scale (y' = (y − center) / scale):
 * loss = mean squared error there (what the model minimises); rmse and mae in the original units
 * (× scale); r2 = 1 − SS_res / SS_tot around the mean of these rows (the same in either units; absent
 * when the target is constant).
 */
export function regressionMetrics(
  predicted: ArrayLike<number>,
  actual: ArrayLike<number>,
  scale: number,
): Metrics {
  const n = actual.length;
  if (n === 0) throw new Error('regressionMetrics: no rows');
  if (predicted.length !== n)
    throw new Error(`regressionMetrics: ${predicted.length} predictions for ${n} rows`);
  let sse = 0;
  let sae = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = (predicted[i] as number) - (actual[i] as number);
    sse += d * d;
    sae += Math.abs(d);
    sum += actual[i] as number;
  }
  const mean = sum / n;
  let sst = 0;
  for (let i = 0; i < n; i++) sst += ((actual[i] as number) - mean) ** 2;
  const mse = sse / n;
  const out: Metrics = { loss: mse, rmse: Math.sqrt(mse) * scale, mae: (sae / n) * scale };
  if (sst > 0) out.r2 = 1 - sse / sst;
  return out;
}
