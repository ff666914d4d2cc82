/**
 * Every failure as `{"error": "..."}` with the right status: client mistakes are 4xx naming the
 * field, a full batch queue is 503 with Retry-After, and only the server's own faults are 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../../shared/errors.js';
import { HttpError } from './http-error.js';

/** Seconds a client should wait before retrying when the batch queue is full. */
export const RETRY_AFTER_SECONDS = 1;

interface AjvIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** `body/inputs/0/shape must be array` → `body.inputs[0].shape must be array`, naming the field. */
export function validationMessage(issues: readonly AjvIssue[], context: string | undefined): string {
  const issue = issues[0];
  if (!issue) return `invalid ${context ?? 'request'}`;
  const path = (issue.instancePath ?? '')
    .split('/')
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('');
  const where = `${context ?? 'body'}${path}`;
  const params = issue.params ?? {};
  if (issue.keyword === 'required')
    return `${where} is missing the field "${String(params.missingProperty)}"`;
  if (issue.keyword === 'additionalProperties')
    return `${where} has an unknown field "${String(params.additionalProperty)}"`;
  return `${where} ${issue.message ?? 'is invalid'}`;
}

interface Mapped {
  status: number;
  message: string;
}

function fromFastify(err: FastifyError, bodyLimit: number): Mapped | null {
  if (err.validation)
    return { status: 400, message: validationMessage(err.validation, err.validationContext) };
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        message: `the request body is larger than the server's limit of ${bodyLimit} bytes; send fewer rows per request`,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, message: 'send the body as JSON with the header Content-Type: application/json' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, message: 'the request body is empty; send a JSON object' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, message: 'the Content-Length header does not match the body' };
  }
  if (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
    return { status: 400, message: `the request body is not valid JSON: ${err.message}` };
  const status = err.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return { status, message: err.message };
  return null;
}

/** The status and message for any error a route or Fastify raised. */
export function mapError(err: unknown, bodyLimit: number): Mapped {
  if (err instanceof HttpError) return { status: err.status, message: err.message };
  if (err instanceof AppError) {
    switch (err.kind) {
      case 'invalid_input':
        return { status: 400, message: err.message };
      case 'not_found':
        return { status: 404, message: err.message };
      case 'unavailable':
        return { status: 503, message: err.message };
      case 'conflict':
        return { status: 409, message: err.message };
      default:
        return { status: 500, message: err.message };
    }
  }
  if (err instanceof Error) {
    const m = fromFastify(err as FastifyError, bodyLimit);
    if (m) return m;
    return { status: 500, message: `internal error: ${err.message}` };
  }
  return { status: 500, message: `internal error: ${String(err)}` };
}

export function errorHandler(bodyLimit: number) {
  return (err: unknown, _req: FastifyRequest, reply: FastifyReply): void => {
    const { status, message } = mapError(err, bodyLimit);
    if (status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    reply.code(status).send({ error: message });
  };
}

export function notFoundHandler(req: FastifyRequest, reply: FastifyReply): void {
  reply.code(404).send({
    error: `no route ${req.method} ${req.url.split('?')[0]}; see GET /openapi.json for the endpoints`,
  });
}
