/**
 * One loaded, warmed model version: a ServedModel whose predict() transforms (and so validates)
 * each request on its own, then predicts through the dynamic batcher. It counts its in-flight
 * requests so a version taken out of service (hot swap) is disposed only once they have finished.
 */
import type { LayersModel } from '@tensorflow/tfjs';
import type { FeaturePipeline, TaskType } from '../../../../shared/data.js';
import type { Stage } from '../../../../shared/serve.js';
import type { InputSchema } from '../../../../shared/train.js';
import { transformRecords } from '../../data/pipeline/transform.js';
import { predictTransformed } from '../../ml/predict.js';
import { layoutOfModel } from '../../ml/templates/input-layout.js';
import type { Tf } from '../../ml/tf-loader.js';
import type { RowOutput, ServedModel } from '../types.js';
import { type BatchingOptions, DynamicBatcher } from './dynamic-batcher.js';
import { loadArtifacts, typicalRow } from './load-artifacts.js';
import { joinSlices, rowOutputs } from './transformed-rows.js';

export interface ServedVersionArgs {
  tf: Tf;
  name: string;
  version: number;
  /** Absolute path of the artifact folder. */
  dir: string;
  batching: BatchingOptions;
  /** The version's current stage (it changes with promotions). */
  stageOf: () => Stage;
  /** Rows per predict call and rows waiting (metrics). */
  onBatch?: (rows: number) => void;
  onQueue?: (rows: number) => void;
  /** Predict on a fresh instance when this one was already disposed (a request that raced a swap). */
  reload: (name: string, version: number) => Promise<ServedModel>;
}

export class ServedVersion implements ServedModel {
  readonly name: string;
  readonly version: number;
  private readonly batcher: DynamicBatcher;
  private readonly features: FeaturePipeline;
  private inflight = 0;
  private retired = false;
  private disposed = false;
  private warmed = false;
  private drained: (() => void) | null = null;

  private constructor(
    private readonly args: ServedVersionArgs,
    private readonly model: LayersModel,
    private readonly pipeline: FeaturePipeline,
    readonly task: TaskType,
    readonly target: string,
    readonly inputs: InputSchema,
    readonly labels: string[] | null,
  ) {
    this.name = args.name;
    this.version = args.version;
    this.features = { ...pipeline, target: null };
    const layout = layoutOfModel(pipeline, model.inputNames);
    this.batcher = new DynamicBatcher(args.batching, {
      predict: (slices) => {
        const joined = joinSlices(this.features, slices);
        const { values, width } = predictTransformed(args.tf, model, layout, pipeline, joined);
        return rowOutputs(values, width, labels, 0, joined.rowCount);
      },
      ...(args.onBatch ? { onBatch: args.onBatch } : {}),
      ...(args.onQueue ? { onQueue: args.onQueue } : {}),
    });
  }

  /** Load the version's artifacts and warm it (one predict of a typical row) before it serves. */
  static async load(args: ServedVersionArgs): Promise<ServedVersion> {
    const a = await loadArtifacts(args.tf, args.dir);
    const v = new ServedVersion(
      args,
      a.model,
      a.pipeline,
      a.metadata.task,
      a.metadata.target,
      a.inputs,
      a.labels,
    );
    try {
      await v.predictHere([typicalRow(a.pipeline)]);
    } catch (err) {
      a.model.dispose();
      throw err;
    }
    v.warmed = true;
    return v;
  }

  get stage(): Stage {
    return this.args.stageOf();
  }

  get ready(): boolean {
    return this.warmed && !this.disposed;
  }

  get inFlight(): number {
    return this.inflight;
  }

  get waitingRows(): number {
    return this.batcher.waitingRows;
  }

  async predict(records: readonly Record<string, unknown>[]): Promise<RowOutput[]> {
    if (this.disposed) return (await this.args.reload(this.name, this.version)).predict(records);
    return this.predictHere(records);
  }

  private async predictHere(records: readonly Record<string, unknown>[]): Promise<RowOutput[]> {
    this.inflight += 1;
    try {
      return await this.batcher.submit(transformRecords(this.features, records));
    } finally {
      this.inflight -= 1;
      if (this.inflight === 0) this.drained?.();
    }
  }

  /** Take out of service: disposed once its in-flight requests finish. Resolves when disposed. */
  retire(): Promise<void> {
    this.retired = true;
    return new Promise<void>((resolve) => {
      const done = () => {
        this.drained = null;
        if (this.retired && !this.disposed) {
          this.disposed = true;
          this.model.dispose();
        }
        resolve();
      };
      if (this.inflight === 0) done();
      else this.drained = done;
    });
  }

  /** Raw one-call prediction without batching (for comparisons in tests and benches). */
  predictUnbatched(records: readonly Record<string, unknown>[]): RowOutput[] {
    const out = transformRecords(this.features, records);
    const layout = layoutOfModel(this.pipeline, this.model.inputNames);
    const { values, width } = predictTransformed(this.args.tf, this.model, layout, this.pipeline, out);
    return rowOutputs(values, width, this.labels, 0, out.rowCount);
  }
}
