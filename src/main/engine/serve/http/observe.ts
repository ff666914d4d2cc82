/** Per finished request: Prometheus counters and latency, and the observer the stats come from. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestObservation } from '../types.js';
import type { ServeMetrics } from './metrics.js';

export function onResponseHook(
  metrics: ServeMetrics,
  observe: ((o: RequestObservation) => void) | undefined,
) {
  return (req: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const latencyMs = reply.elapsedTime;
    const status = reply.statusCode;
    const model = req.aifModel;
    const version = req.aifVersion;
    const route = req.routeOptions.url ?? 'unmatched';
    const modelLabel = model ?? '';
    const versionLabel = version === null ? '' : String(version);
    metrics.requests.inc({ model: modelLabel, version: versionLabel, route, code: String(status) });
    metrics.latency.observe({ model: modelLabel, version: versionLabel, route }, latencyMs / 1000);
    if (observe) observe({ model, version, status, latencyMs, rows: status < 300 ? req.aifRows : 0 });
    done();
  };
}
