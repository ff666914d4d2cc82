/**
 * The body parsers: JSON (application/json) and, for V2 infer only, the binary tensor format. Any
 * other content type never reaches them (the request gate answers 415 first).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseJsonBody } from './json-body.js';
import { INFERENCE_HEADER, parseBinaryInfer } from './v2-binary.js';

export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    try {
      const header = req.headers[INFERENCE_HEADER];
      done(
        null,
        header === undefined
          ? parseJsonBody((body as Buffer).toString('utf8'))
          : parseBinaryInfer(body as Buffer, header),
      );
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  // The V2 binary tensor format (the request gate lets only binary infer requests get here).
  const binary = (req: FastifyRequest, body: Buffer, done: (err: Error | null, body?: unknown) => void) => {
    try {
      done(null, parseBinaryInfer(body, req.headers[INFERENCE_HEADER]));
    } catch (err) {
      done(err as Error, undefined);
    }
  };
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (req, body, done) =>
    binary(req, body as Buffer, done),
  );
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (req, body, done) =>
    binary(req, body as Buffer, done),
  );
}
