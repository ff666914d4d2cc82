/**
 * What a request learned along the way, for the metrics and the observer: the model and version it
 * was served by and the rows predicted. Set on the request object (no per-request closures).
 */
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    aifModel: string | null;
    aifVersion: number | null;
    aifRows: number;
  }
}

export function decorateRequests(app: FastifyInstance): void {
  app.decorateRequest('aifModel', null);
  app.decorateRequest('aifVersion', null);
  app.decorateRequest('aifRows', 0);
}
