/**
 * The inference server's Prometheus metrics (prom-client), one registry per server. The HTTP layer
 * counts requests and latencies; the batcher observes batch sizes and queue depth.
 * (Owned by the HTTP-layer helper: fill in buckets and help texts as needed, keep these names.)
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface ServeMetrics {
  registry: Registry;
  /** labels: model, version, route, code */
  requests: Counter<'model' | 'version' | 'route' | 'code'>;
  /** seconds; labels: model, version, route */
  latency: Histogram<'model' | 'version' | 'route'>;
  /** rows per predict call; labels: model, version */
  batchRows: Histogram<'model' | 'version'>;
  /** rows waiting for a predict call; labels: model, version */
  queueRows: Gauge<'model' | 'version'>;
  /** request-log rows dropped because the buffer was full */
  logDropped: Counter<string>;
}

export function createServeMetrics(): ServeMetrics {
  const registry = new Registry();
  return {
    registry,
    requests: new Counter({
      name: 'aif_inference_requests_total',
      help: 'Inference server requests by model, version, route and status code.',
      labelNames: ['model', 'version', 'route', 'code'] as const,
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'aif_inference_request_duration_seconds',
      help: 'Request latency in seconds, by model, version and route.',
      labelNames: ['model', 'version', 'route'] as const,
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    batchRows: new Histogram({
      name: 'aif_inference_batch_rows',
      help: 'Rows per model predict call (dynamic batching), by model and version.',
      labelNames: ['model', 'version'] as const,
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096],
      registers: [registry],
    }),
    queueRows: new Gauge({
      name: 'aif_inference_queue_rows',
      help: 'Rows waiting for a predict call, by model and version.',
      labelNames: ['model', 'version'] as const,
      registers: [registry],
    }),
    logDropped: new Counter({
      name: 'aif_request_log_dropped_total',
      help: 'Request-log rows dropped because the write buffer was full.',
      registers: [registry],
    }),
  };
}
