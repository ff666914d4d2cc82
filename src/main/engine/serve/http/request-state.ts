/**
 * What a request learned along the way, for the metrics, the observer and the request log: the
 * model and version it was served by, the rows predicted, and the body exactly as received. Set on
 * the request object (no per-request closures).
 */
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    aifModel: string | null;
    aifVersion: number | null;
    aifRows: number;
    /** The raw body (text for JSON, bytes for binary tensor requests); null before parsing. */
    aifBody: string | Buffer | null;
    /** Binary tensor requests: the length of the JSON part; null otherwise. */
    aifJsonLength: number | null;
  }
}

export function decorateRequests(app: FastifyInstance): void {
  app.decorateRequest('aifModel', null);
  app.decorateRequest('aifVersion', null);
  app.decorateRequest('aifRows', 0);
  app.decorateRequest('aifBody', null);
  app.decorateRequest('aifJsonLength', null);
}
