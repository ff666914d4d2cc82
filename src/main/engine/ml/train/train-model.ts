import type { FeaturePipeline } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import type { EpochRecord, TrainParams } from '../../../../shared/train.js';
import { CancelledError } from '../../jobs/job-kind.js';
import { buildModel } from '../templates/build-model.js';
import { makeStep } from './batch-step.js';
import { type Checkpoint, type CheckpointState, readCheckpoint, writeCheckpoint } from './checkpoint.js';
import { classWeights } from './class-weights.js';
import { afterEpoch, initialStopState, monitored } from './early-stopping.js';
import { trainEpoch } from './epoch.js';
import { evaluateRows } from './evaluate.js';
import { makeOptimizer, optimizerState, restoreOptimizer, setLearningRate } from './optimizer.js';
import { type RowSets, rowSets } from './row-sets.js';
import type { SavedArray } from './saved-arrays.js';
import { learningRateAt } from './schedule.js';
import { diverged, trainingError } from './train-errors.js';
import type { TrainArgs, TrainHooks, TrainResult } from './train-types.js';
import { restoreWeights, saveWeights } from './weights.js';

export type { TrainArgs, TrainData, TrainHooks, TrainProgress, TrainResult } from './train-types.js';

/** The parameters a resumed run must share with its checkpoint (epochs and early stopping may change). */
function fingerprint(params: TrainParams, pipeline: FeaturePipeline, sets: RowSets): string {
  const { epochs: _e, earlyStopping: _s, ...rest } = params;
  return JSON.stringify({
    ...rest,
    denseWidth: pipeline.denseWidth,
    features: pipeline.features.map((f) => f.column),
    trainRows: sets.train.rows.length,
  });
}

function logDropped(sets: RowSets, hooks: TrainHooks, target: string): void {
  const parts = [
    ['train', sets.train.dropped],
    ['validation', sets.validation.dropped],
    ['test', sets.test?.dropped ?? 0],
  ].filter(([, n]) => (n as number) > 0);
  if (parts.length > 0)
    hooks.log(
      'warn',
      `Left out rows whose "${target}" is missing or a class the train rows do not have: ${parts.map(([p, n]) => `${n} ${p}`).join(', ')}.`,
    );
}

/**
 * Train the template's model on the train rows, validating after every epoch, with early stopping,
 * a checkpoint per epoch and exact resume. Epochs are numbered from 1. The returned model holds the
 * best epoch's weights (by the early-stopping monitor; the last epoch's when there are no
 * validation rows). `loss` in the history is the training objective (class-weighted loss plus the
 * L2 penalty, with dropout active); `valLoss` the plain loss on the validation rows.
 * durationMs and samplesPerSec cover this call (a resume counts only its own epochs).
 */
export async function trainModel(args: TrainArgs, hooks: TrainHooks): Promise<TrainResult> {
  const started = performance.now();
  const { tf, data, pipeline, params } = args;
  const target = pipeline.target;
  if (!target || target.column !== data.target)
    throw new AppError(
      'invalid_input',
      `The feature pipeline was fitted for target ${target ? `"${target.column}"` : '(none)'}, not "${data.target}"; refit it for this target.`,
    );
  if (target.task !== data.task)
    throw new AppError(
      'invalid_input',
      `The feature pipeline was fitted for a ${target.task} task, not ${data.task}; refit it for this task.`,
    );
  const task = target.task;
  const metricName = task === 'regression' ? 'rmse' : 'accuracy';
  const sets = rowSets(pipeline, data);
  logDropped(sets, hooks, target.column);
  const nTrain = sets.train.rows.length;
  if (nTrain === 0)
    throw new AppError(
      'invalid_input',
      `No train rows have a value of "${target.column}"; nothing to learn from.`,
    );
  const hasValidation = sets.validation.rows.length > 0;
  if (!hasValidation)
    hooks.log('warn', 'There are no validation rows: early stopping is off and the last epoch is kept.');
  const weights = target.classes
    ? classWeights(params.classWeights, sets.train.targets, target.classes.length)
    : null;
  if (weights)
    hooks.log(
      'info',
      `Class weights (${params.classWeights}): ${(target.classes ?? []).map((c, i) => `${c} ${weights[i]?.toFixed(3)}`).join(', ')}.`,
    );
  const { model, layout, ignoredText } = buildModel(tf, pipeline, params);
  if (ignoredText.length > 0)
    hooks.log(
      'warn',
      `The mlp template does not use text columns; left out: ${ignoredText.join(', ')}. Use the text template to learn from them.`,
    );
  const optimizer = makeOptimizer(tf, params.optimizer, params.learningRate);
  const step = makeStep(tf, model, task, optimizer);
  const fp = fingerprint(params, pipeline, sets);
  let state: CheckpointState = {
    formatVersion: 1,
    fingerprint: fp,
    epochsDone: 0,
    history: [],
    stop: initialStopState(),
    bestValMetrics: null,
  };
  let best: SavedArray[] | null = null;
  let trainedSamples = 0;
  let trainSeconds = 0;
  try {
    if (args.resume) {
      const ck = await readCheckpoint(args.checkpointDir);
      if (!ck) hooks.log('info', 'No checkpoint to resume from: training starts at epoch 1.');
      else {
        if (ck.state.fingerprint !== fp)
          throw new AppError(
            'conflict',
            'The checkpoint was written with different parameters or data; start a new run instead of resuming this one.',
          );
        restoreWeights(tf, model, ck.model);
        await restoreOptimizer(tf, optimizer, ck.optimizer);
        state = ck.state;
        best = ck.best;
        hooks.log('info', `Resuming after epoch ${state.epochsDone}.`);
      }
    }
    const lastEpoch = Math.min(params.epochs, args.stopAtEpoch ?? params.epochs);
    const loopStart = performance.now();
    for (let epoch = state.epochsDone + 1; epoch <= lastEpoch && !state.stop.stopped; epoch++) {
      if (hooks.signal.aborted) throw new CancelledError();
      const t0 = performance.now();
      const lr = learningRateAt(params, epoch - 1);
      setLearningRate(optimizer, lr);
      const before = trainedSamples;
      const progress = (batch: number, batches: number, loss: number, epochSamples: number, rate: number) => {
        const wall = (performance.now() - loopStart) / 1000;
        const overall = (before + epochSamples) / Math.max(wall, 1e-3);
        const remaining = (lastEpoch - epoch + 1) * nTrain - epochSamples;
        hooks.onProgress({
          epoch,
          epochs: lastEpoch,
          batch,
          batches,
          loss,
          samplesPerSec: rate,
          etaSeconds: remaining / overall,
        });
      };
      const r = await trainEpoch(
        {
          tf,
          model,
          layout,
          pipeline,
          task,
          train: sets.train,
          classWeights: weights,
          batchSize: params.batchSize,
          seed: params.seed,
          step,
          signal: hooks.signal,
          onTick: (t) => {
            if (!Number.isFinite(t.loss)) throw diverged(epoch, lr, t.loss);
            progress(t.batch, t.batches, t.loss, t.samples, t.samples / Math.max(t.seconds, 1e-3));
          },
        },
        epoch,
      );
      if (!Number.isFinite(r.loss)) throw diverged(epoch, lr, r.loss);
      trainedSamples += r.samples;
      trainSeconds += r.seconds;
      const batches = Math.ceil(nTrain / params.batchSize);
      const rate = r.samples / Math.max(r.seconds, 1e-9);
      // Scoring the validation rows: progress goes on (the epoch's batches are all done).
      const val = hasValidation
        ? await evaluateRows(tf, model, layout, pipeline, sets.validation, {
            signal: hooks.signal,
            onTick: () => progress(batches, batches, r.loss, r.samples, rate),
          })
        : null;
      const current = await saveWeights(model);
      if (val) {
        const next = afterEpoch(
          state.stop,
          epoch,
          monitored(params.earlyStopping.monitor, metricName, val),
          params.earlyStopping,
        );
        state.stop = next.state;
        if (next.improved) {
          best = current;
          state.bestValMetrics = val;
        }
      } else state.stop = { ...state.stop, bestEpoch: epoch };
      const record: EpochRecord = {
        epoch,
        loss: r.loss,
        valLoss: val ? (val.loss ?? null) : null,
        metric: r.metric,
        valMetric: val ? (val[metricName] ?? null) : null,
        learningRate: lr,
        samplesPerSec: rate,
        durationMs: performance.now() - t0,
      };
      state.history.push(record);
      state.epochsDone = epoch;
      const ck: Checkpoint = { state, model: current, best, optimizer: await optimizerState(optimizer) };
      await writeCheckpoint(args.checkpointDir, ck);
      hooks.onEpoch(record);
      if (state.stop.stopped)
        hooks.log(
          'info',
          `Early stopping after epoch ${epoch}: ${params.earlyStopping.monitor} did not improve for ${params.earlyStopping.patience} epochs; keeping epoch ${state.stop.bestEpoch}.`,
        );
    }
    if (best && hasValidation) restoreWeights(tf, model, best);
    if (sets.test) hooks.log('info', `Scoring ${sets.test.rows.length} test rows.`);
    const testMetrics = sets.test
      ? await evaluateRows(tf, model, layout, pipeline, sets.test, { signal: hooks.signal })
      : null;
    const historyRate = state.history.length
      ? state.history.reduce((a, e) => a + e.samplesPerSec, 0) / state.history.length
      : 0;
    return {
      model,
      epochsDone: state.epochsDone,
      bestEpoch: state.stop.bestEpoch,
      stoppedEarly: state.stop.stopped,
      history: state.history,
      metricName,
      valMetrics: state.bestValMetrics ?? {},
      testMetrics,
      durationMs: performance.now() - started,
      samplesPerSec: trainSeconds > 0 ? trainedSamples / trainSeconds : historyRate,
      labels: target.classes ? [...target.classes] : null,
    };
  } catch (err) {
    model.dispose();
    throw trainingError(err, params.batchSize);
  } finally {
    optimizer.dispose();
  }
}
