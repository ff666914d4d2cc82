/**
 * The body parsers: JSON (application/json) and, for V2 infer only, the binary tensor format. Any
 * other content type never reaches them (the request gate answers 415 first). The raw body is
 * kept on the request (aifBody) for the request log, which stores it as received.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseJsonBody } from './json-body.js';
import { INFERENCE_HEADER, inferenceHeaderLength, parseBinaryInfer } from './v2-binary.js';

function binaryBody(req: FastifyRequest, body: Buffer): unknown {
  const header = req.headers[INFERENCE_HEADER];
  const parsed = parseBinaryInfer(body, header);
  req.aifBody = body;
  req.aifJsonLength = inferenceHeaderLength(header);
  return parsed;
}

export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    try {
      if (req.headers[INFERENCE_HEADER] !== undefined) {
        done(null, binaryBody(req, body as Buffer));
        return;
      }
      const text = (body as Buffer).toString('utf8');
      const parsed = parseJsonBody(text);
      req.aifBody = text;
      done(null, parsed);
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  // The V2 binary tensor format (the request gate lets only binary infer requests get here).
  const binary = (req: FastifyRequest, body: Buffer, done: (err: Error | null, body?: unknown) => void) => {
    try {
      done(null, binaryBody(req, body));
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
