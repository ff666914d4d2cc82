/** Test support: the inference app listening on 127.0.0.1, port 0, with in-memory log and feedback. */
import type { FastifyInstance } from 'fastify';
import { ServeOptions } from '../../../../../shared/serve.js';
import type { RequestObservation } from '../../types.js';
import { buildInferenceApp } from '../app.js';
import { createServeMetrics, type ServeMetrics } from '../metrics.js';
import { MemoryFeedback, MemoryLog, type TestResolver } from './served-model.js';

export interface RunningApp {
  app: FastifyInstance;
  url: string;
  port: number;
  log: MemoryLog;
  feedback: MemoryFeedback;
  metrics: ServeMetrics;
  observed: RequestObservation[];
  close(): Promise<void>;
}

export async function startApp(
  models: TestResolver,
  options: Partial<ServeOptions> = {},
): Promise<RunningApp> {
  const log = new MemoryLog();
  const feedback = new MemoryFeedback();
  const metrics = createServeMetrics();
  const observed: RequestObservation[] = [];
  const app = await buildInferenceApp({
    models,
    log,
    feedback,
    metrics,
    options: ServeOptions.parse({ port: 0, ...options }),
    observe: (o) => observed.push(o),
    appVersion: '9.9.9-test',
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    feedback,
    metrics,
    observed,
    close: () => app.close(),
  };
}
