/**
 * Ground truth for earlier predictions: `POST /v1/models/{name}[/versions/{v}]/feedback` with
 * `{prediction_id, label}` or `{feedback: [...]}`. Unknown prediction ids → 404 naming them; a label
 * that is not one of the model's classes (or not a finite number, for regression) → 400.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../../../shared/errors.js';
import type { InferenceAppDeps, ServedModel } from '../types.js';
import { badRequest } from './http-error.js';
import { checkRowCount, parseVersion, resolveFor } from './predict-core.js';
import { errorSchema, feedbackBody, feedbackResponse } from './schemas.js';

interface FeedbackItem {
  prediction_id: string;
  label: string | number;
}
interface FeedbackBody {
  prediction_id?: string;
  label?: string | number;
  feedback?: FeedbackItem[];
}

function items(body: FeedbackBody): { list: FeedbackItem[]; where: (i: number) => string } {
  if (body.feedback !== undefined) {
    if (body.prediction_id !== undefined || body.label !== undefined)
      throw badRequest('give either {prediction_id, label} or {feedback: [...]}, not both');
    return { list: body.feedback, where: (i) => `feedback[${i}]` };
  }
  if (body.prediction_id === undefined || body.label === undefined)
    throw badRequest('the body needs "prediction_id" and "label" (or "feedback": a list of them)');
  return { list: [{ prediction_id: body.prediction_id, label: body.label }], where: () => 'body' };
}

/** The label as stored: a class name (classification) or a finite number (regression). */
function checkedLabel(model: ServedModel, label: string | number, where: string): string | number {
  if (model.labels) {
    const text = typeof label === 'number' ? String(label) : label;
    if (!model.labels.includes(text))
      throw badRequest(
        `${where}.label ${JSON.stringify(label)} is not a class of model ${model.name}; the classes are: ${model.labels.join(', ')}`,
      );
    return text;
  }
  if (typeof label !== 'number' || !Number.isFinite(label))
    throw badRequest(
      `${where}.label must be a finite number (model ${model.name} predicts a value), got ${JSON.stringify(label)}`,
    );
  return label;
}

export function registerFeedbackRoutes(app: FastifyInstance, deps: InferenceAppDeps): void {
  const handler = async (
    req: FastifyRequest<{ Params: { name: string; version?: string }; Body: FeedbackBody }>,
  ) => {
    const model = await resolveFor(deps.models, req, req.params.name, parseVersion(req.params.version));
    const { list, where } = items(req.body);
    checkRowCount(list.length, deps.options.maxRowsPerRequest, 'feedback');
    const at = Date.now();
    const rows = list.map((f, i) => ({
      predictionId: f.prediction_id,
      label: checkedLabel(model, f.label, where(i)),
      at,
    }));
    const unknown = rows.filter((r) => !deps.log.has(r.predictionId)).map((r) => r.predictionId);
    if (unknown.length > 0) {
      const shown = unknown.slice(0, 5).map((id) => `"${id.slice(0, 80)}"`);
      throw new AppError(
        'not_found',
        `unknown prediction id${unknown.length > 1 ? 's' : ''} ${shown.join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}; send ids returned by a predict call`,
      );
    }
    deps.feedback.record(rows);
    return { recorded: rows.length };
  };
  const schema = {
    schema: {
      body: feedbackBody,
      response: { 200: feedbackResponse, '4xx': errorSchema, '5xx': errorSchema },
    },
  };
  app.post('/v1/models/:name/feedback', schema, handler);
  app.post('/v1/models/:name/versions/:version/feedback', schema, handler);
}
