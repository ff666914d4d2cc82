import type { LayersModel } from '@tensorflow/tfjs';
import type { FeaturePipeline } from '../../../../shared/data.js';
import type { Metrics } from '../../../../shared/train.js';
import { binaryMetrics, multiclassMetrics } from '../metrics/classification.js';
import { regressionMetrics } from '../metrics/regression.js';
import type { InputLayout } from '../templates/input-layout.js';
import type { Tf } from '../tf-loader.js';
import { modelOutputs, type OutputOptions } from './model-outputs.js';
import type { RowSet } from './row-sets.js';

/** Metrics of the model on a set of rows: classification {loss, accuracy, auc (binary)}, regression {loss, rmse, mae, r2}. */
export async function evaluateRows(
  tf: Tf,
  model: LayersModel,
  layout: InputLayout,
  pipeline: FeaturePipeline,
  set: RowSet,
  options: OutputOptions = {},
): Promise<Metrics> {
  const target = pipeline.target;
  if (!target) throw new Error('evaluateRows: the pipeline has no target');
  const { values, width } = await modelOutputs(tf, model, layout, pipeline, set.table, set.rows, options);
  switch (target.task) {
    case 'binary':
      return binaryMetrics(values, set.targets);
    case 'multiclass':
      return multiclassMetrics(values, width, set.targets);
    case 'regression':
      return regressionMetrics(values, set.targets, target.scale);
  }
}
