/** Open Inference Protocol v2 (KServe / Triton / MLServer REST). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../../shared/errors.js';
import type { InferenceAppDeps } from '../types.js';
import { logPredictions, parseVersion, predictRows, resolveFor } from './predict-core.js';
import {
  errorSchema,
  v2InferBody,
  v2Live,
  v2ModelMetadata,
  v2ModelReady,
  v2Ready,
  v2ServerMetadata,
} from './schemas.js';
import { requestedOutputs, type V2InferBody, v2Metadata, v2Outputs, v2Records } from './v2-tensors.js';

interface ModelParams {
  name: string;
  version?: string;
}

export const SERVER_NAME = 'ai-factory';
const errors = { '4xx': errorSchema, '5xx': errorSchema } as const;

/** The registry's versions of a model, or 404 naming what exists. */
function knownVersions(deps: InferenceAppDeps, name: string): number[] {
  const entry = deps.models.list().find((m) => m.name === name);
  if (!entry) {
    const names = deps.models.list().map((m) => m.name);
    throw new AppError(
      'not_found',
      `no model named "${name}"; ${names.length > 0 ? `the models are: ${names.join(', ')}` : 'there are no models yet'}`,
    );
  }
  return entry.versions.map((v) => v.version);
}

export function registerV2Routes(app: FastifyInstance, deps: InferenceAppDeps): void {
  const { models, options } = deps;

  app.get('/v2', { schema: { response: { 200: v2ServerMetadata, ...errors } } }, async () => ({
    name: SERVER_NAME,
    version: deps.appVersion,
    extensions: [],
  }));

  app.get('/v2/health/live', { schema: { response: { 200: v2Live } } }, async () => ({ live: true }));

  app.get(
    '/v2/health/ready',
    { schema: { response: { 200: v2Ready, 400: v2Ready } } },
    async (_req, reply) => {
      const ready = models
        .list()
        .filter((m) => m.versions.some((v) => v.stage === 'production'))
        .every((m) => models.isReady(m.name));
      return reply.code(ready ? 200 : 400).send({ ready });
    },
  );

  const metadata = async (req: FastifyRequest<{ Params: ModelParams }>) => {
    const version = parseVersion(req.params.version);
    const versions = knownVersions(deps, req.params.name);
    const model = await resolveFor(models, req, req.params.name, version);
    return v2Metadata(model, versions.map(String));
  };
  const metaSchema = { schema: { response: { 200: v2ModelMetadata, ...errors } } };
  app.get('/v2/models/:name', metaSchema, metadata);
  app.get('/v2/models/:name/versions/:version', metaSchema, metadata);

  const ready = async (req: FastifyRequest<{ Params: ModelParams }>, reply: FastifyReply) => {
    const version = parseVersion(req.params.version);
    const versions = knownVersions(deps, req.params.name);
    if (version !== undefined && !versions.includes(version))
      throw new AppError(
        'not_found',
        `model "${req.params.name}" has no version ${version}; its versions are: ${versions.join(', ')}`,
      );
    const isReady = models.isReady(req.params.name, version);
    return reply.code(isReady ? 200 : 400).send({ name: req.params.name, ready: isReady });
  };
  const readySchema = { schema: { response: { 200: v2ModelReady, 400: v2ModelReady, 404: errorSchema } } };
  app.get('/v2/models/:name/ready', readySchema, ready);
  app.get('/v2/models/:name/versions/:version/ready', readySchema, ready);

  const infer = async (
    req: FastifyRequest<{ Params: ModelParams; Body: V2InferBody }>,
    reply: FastifyReply,
  ) => {
    const model = await resolveFor(models, req, req.params.name, parseVersion(req.params.version));
    const body = req.body;
    const records = v2Records(body, model, options.maxRowsPerRequest);
    const names = requestedOutputs(body, model);
    const predicted = await predictRows(model, records, req);
    const response = {
      model_name: model.name,
      model_version: String(model.version),
      ...(body.id !== undefined ? { id: body.id } : {}),
      outputs: v2Outputs(model, predicted, names),
    };
    const format = req.aifJsonLength === null ? 'v2-json' : 'v2-binary';
    logPredictions(deps.log, model, req, format, predicted, reply.elapsedTime);
    return response;
  };
  // No 200 response schema: JSON.stringify is faster than fast-json-stringify on union-typed data.
  const inferSchema = { schema: { body: v2InferBody, response: errors } };
  app.post('/v2/models/:name/infer', inferSchema, infer);
  app.post('/v2/models/:name/versions/:version/infer', inferSchema, infer);
}
