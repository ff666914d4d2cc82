/**
 * Bearer-token auth (when a token is set) and the JSON-only rule for POST bodies, in one onRequest
 * hook so refused requests cost nothing: no token → 401 with WWW-Authenticate; a POST that is not
 * application/json → 415. The health checks stay open; CORS preflights pass (they carry no token).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { INFERENCE_HEADER } from './v2-binary.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time check of an Authorization header against the token. */
export function tokenMatches(header: string | undefined, expected: Buffer): boolean {
  if (typeof header !== 'string') return false;
  const m = /^bearer[ \t]+(.+)$/i.exec(header.trim());
  if (!m) return false;
  return timingSafeEqual(digest((m[1] as string).trim()), expected);
}

export function isJsonContentType(ct: string | undefined): boolean {
  if (typeof ct !== 'string') return false;
  const semi = ct.indexOf(';');
  return (semi === -1 ? ct : ct.slice(0, semi)).trim().toLowerCase() === 'application/json';
}

/** A V2 infer request in the binary tensor format (octet-stream or no type, with the JSON length). */
export function isBinaryInfer(
  url: string,
  header: string | string[] | undefined,
  ct: string | undefined,
): boolean {
  if (header === undefined) return false;
  const q = url.indexOf('?');
  if (!(q === -1 ? url : url.slice(0, q)).endsWith('/infer')) return false;
  if (ct === undefined) return true;
  const semi = ct.indexOf(';');
  return (semi === -1 ? ct : ct.slice(0, semi)).trim().toLowerCase() === 'application/octet-stream';
}

const OPEN_PREFIX = '/v2/health/';

export function requestGate(token: string | null) {
  const expected = token === null ? null : digest(token);
  return (req: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    if (expected !== null && req.method !== 'OPTIONS' && !req.url.startsWith(OPEN_PREFIX)) {
      if (!tokenMatches(req.headers.authorization, expected)) {
        reply
          .code(401)
          .header('www-authenticate', 'Bearer realm="ai-factory"')
          .send({ error: 'missing or wrong bearer token; send the header Authorization: Bearer <token>' });
        return;
      }
    }
    if (
      req.method === 'POST' &&
      !isJsonContentType(req.headers['content-type']) &&
      !isBinaryInfer(req.url, req.headers[INFERENCE_HEADER], req.headers['content-type'])
    ) {
      reply.code(415).send({
        error: `send the body as JSON with the header Content-Type: application/json (got ${JSON.stringify(req.headers['content-type'] ?? null)})`,
      });
      return;
    }
    done();
  };
}
