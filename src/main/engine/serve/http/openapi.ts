/**
 * The OpenAPI 3.1 document of the inference server, written by hand from the same JSON schemas the
 * routes validate with. (Generating it with @fastify/swagger gave `/v1/models/{target}` for the
 * TF-Serving `:predict` verb, which the router sees as one path segment; here it is spelled out.)
 */
import {
  errorSchema,
  feedbackBody,
  feedbackResponse,
  v1PredictBody,
  v1PredictResponse,
  v1StatusResponse,
  v2InferBody,
  v2InferResponse,
  v2Live,
  v2ModelMetadata,
  v2ModelReady,
  v2Ready,
  v2ServerMetadata,
} from './schemas.js';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const err = (description: string) => json(ref('Error'), description);

const nameParam = {
  name: 'name',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'Model name.',
};
const versionParam = {
  name: 'version',
  in: 'path',
  required: true,
  schema: { type: 'integer', minimum: 1 },
  description: 'Model version (default without it: the production version).',
};

const common = {
  '401': err('Missing or wrong bearer token (when the server has one).'),
  '404': err('Unknown model or version, or the model has no production version.'),
};
const post = {
  ...common,
  '400': err('Malformed body: the message names the field.'),
  '413': err('Body larger than the limit, or more rows than the per-request limit.'),
  '415': err('Content-Type is not application/json.'),
  '503': {
    ...err('The batch queue is full; retry after the Retry-After header (seconds).'),
    headers: { 'Retry-After': { schema: { type: 'integer' } } },
  },
};

/** Both forms of a model path: `/x/{name}...` and `/x/{name}/versions/{version}...`. */
function versioned(prefix: string, suffix: string, op: Json): Record<string, Json> {
  return {
    [`${prefix}/{name}${suffix}`]: { ...op, parameters: [nameParam] },
    [`${prefix}/{name}/versions/{version}${suffix}`]: { ...op, parameters: [nameParam, versionParam] },
  };
}

function op(method: 'get' | 'post', summary: string, tag: string, responses: Json, body?: string): Json {
  return {
    [method]: {
      summary,
      tags: [tag],
      ...(body
        ? { requestBody: { required: true, content: { 'application/json': { schema: ref(body) } } } }
        : {}),
      responses,
    },
  };
}

function merge(...parts: Record<string, Json>[]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const p of parts)
    for (const [path, ops] of Object.entries(p)) {
      const prev = out[path] ?? {};
      out[path] = { ...prev, ...ops };
    }
  return out;
}

function withOps(path: string, o: Json): Record<string, Json> {
  return { [path]: o };
}

export function openApiDocument(appVersion: string, withAuth: boolean): Json {
  const paths = merge(
    withOps(
      '/v2',
      op('get', 'Server metadata', 'v2', {
        '200': json(ref('V2ServerMetadata'), 'Server metadata'),
        ...common,
      }),
    ),
    withOps(
      '/v2/health/live',
      op('get', 'Liveness (never needs a token)', 'v2', { '200': json(ref('V2Live'), 'Live') }),
    ),
    withOps(
      '/v2/health/ready',
      op('get', 'Readiness: every production model loaded (never needs a token)', 'v2', {
        '200': json(ref('V2Ready'), 'Ready'),
        '400': json(ref('V2Ready'), 'Not ready yet'),
      }),
    ),
    versioned(
      '/v2/models',
      '',
      op(
        'get',
        'Model metadata: one input per raw feature (shape [-1]); outputs predict, probabilities, prediction_id',
        'v2',
        {
          '200': json(ref('V2ModelMetadata'), 'Model metadata'),
          ...common,
        },
      ),
    ),
    versioned(
      '/v2/models',
      '/ready',
      op('get', 'Model readiness', 'v2', {
        '200': json(ref('V2ModelReady'), 'Loaded and warmed'),
        '400': json(ref('V2ModelReady'), 'Not loaded yet'),
        ...common,
      }),
    ),
    versioned(
      '/v2/models',
      '/infer',
      op(
        'post',
        'Inference with JSON tensors: one input per feature, shape [N] or [N, 1]. Outputs: predict (BYTES label or FP32 value, [N]), probabilities (FP32 [N, classes], classification; parameters.labels is a JSON list of the class names in column order), prediction_id (BYTES [N]). The binary tensor data extension is accepted for inputs (Inference-Header-Content-Length + little-endian bytes, Content-Type application/octet-stream or none); outputs are always JSON.',
        'v2',
        { '200': json(ref('V2InferResponse'), 'Outputs'), ...post },
        'V2InferRequest',
      ),
    ),
    versioned(
      '/v1/models',
      ':predict',
      op(
        'post',
        'TF-Serving-style predict on raw features (row or columnar format)',
        'v1',
        { '200': json(ref('V1PredictResponse'), 'One prediction per row, with a prediction_id'), ...post },
        'V1PredictRequest',
      ),
    ),
    versioned(
      '/v1/models',
      '',
      op('get', 'Model status (TF-Serving style) and metadata', 'v1', {
        '200': json(ref('V1StatusResponse'), 'Status'),
        ...common,
      }),
    ),
    versioned(
      '/v1/models',
      '/feedback',
      op(
        'post',
        'Ground truth for earlier predictions (by prediction_id)',
        'v1',
        {
          '200': json(ref('FeedbackResponse'), 'Recorded'),
          ...post,
          '404': err('Unknown model, or unknown prediction ids (named in the message).'),
        },
        'FeedbackRequest',
      ),
    ),
    withOps(
      '/metrics',
      op('get', 'Prometheus metrics', 'ops', {
        '200': {
          description: 'Prometheus text format',
          content: { 'text/plain': { schema: { type: 'string' } } },
        },
        ...common,
      }),
    ),
    withOps(
      '/openapi.json',
      op('get', 'This document', 'ops', {
        '200': {
          description: 'OpenAPI 3.1',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        ...common,
      }),
    ),
  );
  for (const [path, ops] of Object.entries(paths)) {
    if (path.startsWith('/v2/health/')) for (const o of Object.values(ops)) (o as Json).security = [];
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'AI Factory inference server',
      version: appVersion,
      description:
        'Open Inference Protocol v2 (KServe / Triton / MLServer REST), TF-Serving-style predict on raw features, feedback, Prometheus metrics. Errors are {"error": "..."}.',
    },
    paths,
    components: {
      schemas: {
        Error: errorSchema,
        V2ServerMetadata: v2ServerMetadata,
        V2Live: v2Live,
        V2Ready: v2Ready,
        V2ModelReady: v2ModelReady,
        V2ModelMetadata: v2ModelMetadata,
        V2InferRequest: v2InferBody,
        V2InferResponse: v2InferResponse,
        V1PredictRequest: v1PredictBody,
        V1PredictResponse: v1PredictResponse,
        V1StatusResponse: v1StatusResponse,
        FeedbackRequest: feedbackBody,
        FeedbackResponse: feedbackResponse,
      },
      ...(withAuth ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {}),
    },
    ...(withAuth ? { security: [{ bearer: [] }] } : {}),
  };
}
