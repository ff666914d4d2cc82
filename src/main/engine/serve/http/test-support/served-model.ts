/**
 * Test support: a ServedModel over a trained model (predictRecords in the calling thread), a
 * resolver over a fixed set of them, and in-memory request log and feedback sink.
 */
import { AppError } from '../../../../../shared/errors.js';
import type { Stage } from '../../../../../shared/serve.js';
import { predictRecords } from '../../../ml/predict.js';
import { type ExpandedRow, expandRequest } from '../../runtime/expand-logged.js';
import { inBlock } from '../../runtime/logged-ids.js';
import type {
  FeedbackSink,
  LoggedRequest,
  ModelResolver,
  RequestLog,
  RowOutput,
  ServedModel,
} from '../../types.js';
import { parsePredictionId } from '../prediction-ids.js';
import type { TrainedModel } from './trained-models.js';

/** Outputs exactly as the runtime gives them: argmax label + probabilities, or the value. */
export function rowOutputs(t: TrainedModel, records: readonly Record<string, unknown>[]): RowOutput[] {
  const { values, width } = predictRecords(t.tf, t.model, t.pipeline, records);
  const out: RowOutput[] = [];
  for (let i = 0; i < records.length; i++) {
    if (!t.labels) {
      out.push({ prediction: values[i] as number });
      continue;
    }
    const probabilities = values.slice(i * width, (i + 1) * width);
    let best = 0;
    for (let j = 1; j < width; j++)
      if ((probabilities[j] as number) > (probabilities[best] as number)) best = j;
    out.push({ prediction: t.labels[best] as string, probabilities });
  }
  return out;
}

export interface TestServedModel extends ServedModel {
  /** Rows allowed in flight at once; more → AppError('unavailable') (a bounded queue). */
  queueLimitRows: number;
  /** Extra time each predict call takes (a busy runtime). */
  delayMs: number;
  calls: number;
}

export function servedModel(t: TrainedModel, name: string, version: number, stage: Stage): TestServedModel {
  let inFlight = 0;
  const m: TestServedModel = {
    name,
    version,
    stage,
    task: t.task,
    target: t.target,
    inputs: t.inputs,
    labels: t.labels,
    queueLimitRows: Number.POSITIVE_INFINITY,
    delayMs: 0,
    calls: 0,
    async predict(records) {
      if (inFlight + records.length > m.queueLimitRows)
        throw new AppError(
          'unavailable',
          `the batch queue is full (${m.queueLimitRows} rows); retry shortly`,
        );
      inFlight += records.length;
      m.calls += 1;
      try {
        await new Promise((resolve) => setTimeout(resolve, m.delayMs));
        return rowOutputs(t, records);
      } finally {
        inFlight -= records.length;
      }
    },
  };
  return m;
}

export class TestResolver implements ModelResolver {
  private readonly models: TestServedModel[];
  readonly loaded = new Set<string>();

  constructor(models: TestServedModel[]) {
    this.models = models;
  }

  private find(name: string, version?: number): TestServedModel | undefined {
    return this.models.find(
      (m) => m.name === name && (version === undefined ? m.stage === 'production' : m.version === version),
    );
  }

  async resolve(name: string, version?: number): Promise<ServedModel> {
    const m = this.find(name, version);
    if (!m) {
      if (!this.models.some((x) => x.name === name))
        throw new AppError('not_found', `no model named "${name}"`);
      throw new AppError(
        'not_found',
        version === undefined
          ? `model ${name} has no production version; promote one or call /versions/N`
          : `model ${name} has no version ${version}`,
      );
    }
    this.loaded.add(`${m.name}@${m.version}`);
    return m;
  }

  isReady(name: string, version?: number): boolean {
    const m = this.find(name, version);
    return m !== undefined && this.loaded.has(`${m.name}@${m.version}`);
  }

  list() {
    const names = [...new Set(this.models.map((m) => m.name))];
    return names.map((name) => ({
      name,
      versions: this.models
        .filter((m) => m.name === name)
        .map((m) => ({ version: m.version, stage: m.stage })),
    }));
  }
}

export class MemoryLog implements RequestLog {
  readonly requests: LoggedRequest[] = [];
  record(request: LoggedRequest): void {
    this.requests.push(request);
  }
  /** Every logged row, expanded as the readers of the stored log see them. */
  get rows(): ExpandedRow[] {
    return this.requests.flatMap((r) => expandRequest(r));
  }
  has(predictionId: string): boolean {
    const id = parsePredictionId(predictionId);
    return id !== null && this.requests.some((r) => inBlock(id, r));
  }
  stats() {
    return { buffered: 0, logged: this.requests.reduce((n, r) => n + r.rows, 0), dropped: 0 };
  }
}

export class MemoryFeedback implements FeedbackSink {
  readonly rows: { predictionId: string; label: string | number; at: number }[] = [];
  record(rows: { predictionId: string; label: string | number; at: number }[]): void {
    for (const r of rows) this.rows.push(r);
  }
}
