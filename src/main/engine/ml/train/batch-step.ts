/**
 * One optimisation step on a batch: the task's loss (weighted by class when asked), plus the
 * layers' L2 penalties, minimised by the optimizer; it returns the step's loss and the batch's
 * metric sum (correct predictions, or the squared error on the standardised scale) as scalars.
 */
import type { LayersModel, Optimizer, Scalar, Tensor, Variable } from '@tensorflow/tfjs';
import type { TaskType } from '../../../../shared/data.js';
import { EPSILON } from '../metrics/classification.js';
import type { Tf } from '../tf-loader.js';

export interface StepResult {
  /** The mean (weighted) loss plus the regularisation penalty. */
  cost: Scalar;
  /** Correct predictions (classification) or the sum of squared errors (regression) in the batch. */
  metricSum: Scalar;
}

/** Per-row loss and the batch's metric sum for model outputs `out` and targets `y`. */
export function rowLoss(tf: Tf, task: TaskType, out: Tensor, y: Tensor): { loss: Tensor; metricSum: Scalar } {
  if (task === 'multiclass') {
    const classes = out.shape[1] as number;
    const p = tf.clipByValue(out, EPSILON, 1 - EPSILON);
    const loss = tf.neg(tf.sum(tf.mul(tf.oneHot(y as Tensor, classes).toFloat(), tf.log(p)), 1));
    const metricSum = tf.sum(tf.cast(tf.equal(tf.argMax(out, 1), y), 'float32')) as Scalar;
    return { loss, metricSum };
  }
  const pred = tf.reshape(out, [-1]);
  if (task === 'binary') {
    const p = tf.clipByValue(pred, EPSILON, 1 - EPSILON);
    const loss = tf.neg(tf.add(tf.mul(y, tf.log(p)), tf.mul(tf.sub(1, y), tf.log(tf.sub(1, p)))));
    const metricSum = tf.sum(
      tf.cast(tf.equal(tf.cast(tf.greater(pred, 0.5), 'float32'), y), 'float32'),
    ) as Scalar;
    return { loss, metricSum };
  }
  const err = tf.square(tf.sub(pred, y));
  return { loss: err, metricSum: tf.sum(err) as Scalar };
}

interface EngineState {
  gradientDepth?: number;
  activeTape?: { saved?: Tensor[] }[] | null;
}

/**
 * tfjs frees the tensors a gradient tape saved for the backward pass only when that pass succeeds;
 * when it throws (e.g. a kernel missing on the backend) they would stay for the life of the process.
 */
export function releaseFailedTape(tf: Tf): void {
  const state = (tf.engine() as unknown as { state?: EngineState }).state;
  if (!state?.activeTape || state.gradientDepth !== 0) return;
  for (const node of state.activeTape) for (const t of node.saved ?? []) t.dispose();
  state.activeTape = null;
}

export type Step = (xs: Tensor[], y: Tensor, weights: Tensor | null) => StepResult;

export function makeStep(tf: Tf, model: LayersModel, task: TaskType, optimizer: Optimizer): Step {
  const variables = model.trainableWeights.map((w) => w.read() as Variable);
  return (xs, y, weights) => {
    let metricSum: Scalar | null = null;
    let cost: Scalar;
    try {
      // In a tidy, so that a failing backward pass also frees the forward output.
      cost = tf.tidy(() => {
        const c = optimizer.minimize(
          () => {
            const out = model.apply(xs.length === 1 ? (xs[0] as Tensor) : xs, { training: true }) as Tensor;
            const r = rowLoss(tf, task, out, y);
            metricSum = tf.keep(r.metricSum);
            let total = (weights ? tf.mean(tf.mul(r.loss, weights)) : tf.mean(r.loss)) as Scalar;
            for (const penalty of model.calculateLosses()) total = tf.add(total, penalty);
            return total;
          },
          true,
          variables,
        );
        if (!c) throw new Error('the optimizer returned no loss');
        return c;
      });
    } catch (err) {
      (metricSum as Scalar | null)?.dispose();
      releaseFailedTape(tf);
      throw err;
    }
    if (!metricSum) throw new Error('the loss function gave no metric');
    return { cost, metricSum };
  };
}
