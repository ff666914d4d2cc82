/** `GET /metrics` (Prometheus text) and `GET /openapi.json`. */
import type { FastifyInstance } from 'fastify';
import type { InferenceAppDeps } from '../types.js';
import { openApiDocument } from './openapi.js';

export function registerOpsRoutes(app: FastifyInstance, deps: InferenceAppDeps): void {
  const registry = deps.metrics.registry;
  app.get('/metrics', async (_req, reply) => {
    const text = await registry.metrics();
    return reply.type(registry.contentType).send(text);
  });
  const doc = JSON.stringify(openApiDocument(deps.appVersion, deps.options.token !== null));
  app.get('/openapi.json', async (_req, reply) => reply.type('application/json; charset=utf-8').send(doc));
}
