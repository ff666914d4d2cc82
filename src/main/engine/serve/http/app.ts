/**
 * The inference server's Fastify app (it does not listen: the caller does app.listen({host, port})).
 * Open Inference Protocol v2, TF-Serving-style predict, feedback, /metrics and /openapi.json, with
 * bearer auth, CORS only when configured, body and row limits, JSON-only bodies and timeouts.
 */
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import type { InferenceAppDeps } from '../types.js';
import { requestGate } from './auth.js';
import { registerBodyParsers } from './body-parsers.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { onResponseHook } from './observe.js';
import { decorateRequests } from './request-state.js';
import { registerFeedbackRoutes } from './routes-feedback.js';
import { registerOpsRoutes } from './routes-ops.js';
import { registerV1Routes } from './routes-v1.js';
import { registerV2Routes } from './routes-v2.js';
import { serverFactory, timeoutsFor } from './server-factory.js';

export async function buildInferenceApp(deps: InferenceAppDeps): Promise<FastifyInstance> {
  const { options } = deps;
  const timeouts = timeoutsFor(options.requestTimeoutMs);
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimitBytes,
    connectionTimeout: options.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    requestTimeout: options.requestTimeoutMs,
    return503OnClosing: true,
    // On close: idle keep-alive sockets go at once, in-flight requests finish.
    forceCloseConnections: 'idle',
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    serverFactory: serverFactory(timeouts),
    ajv: {
      customOptions: {
        allowUnionTypes: true,
        removeAdditional: false,
        coerceTypes: false,
        useDefaults: false,
        allErrors: false,
      },
    },
  });
  // JSON only (other types → 415), with clear syntax errors.
  registerBodyParsers(app);
  decorateRequests(app);
  app.setErrorHandler(errorHandler(options.bodyLimitBytes));
  app.setNotFoundHandler(notFoundHandler);
  if (options.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: options.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Inference-Header-Content-Length'],
      maxAge: 600,
    });
  }
  app.addHook('onRequest', requestGate(options.token));
  app.addHook('onResponse', onResponseHook(deps.metrics, deps.observe));
  registerV2Routes(app, deps);
  registerV1Routes(app, deps);
  registerFeedbackRoutes(app, deps);
  registerOpsRoutes(app, deps);
  return app;
}
