import { AppError } from '../../../shared/errors.js';
import { ModelMetadata } from '../../../shared/train.js';
import type { EngineContext } from '../context.js';
import { readArtifactJson } from '../ml/artifacts/artifact-json.js';
import { loopFor, publicCycle } from '../monitor/improve/loop/improvement-loop.js';
import { actorName } from '../serve/registry/actor.js';
import type { Handlers } from './types.js';

type ImproveCommand =
  | 'policy.list'
  | 'policy.set'
  | 'improve.cycles'
  | 'improve.runNow'
  | 'improve.decide'
  | 'timeline.list'
  | 'productionLabels.queue'
  | 'productionLabels.submit'
  | 'demo.start';

/** The improvement loop's commands: policies, cycles and decisions, the timeline, production labels, the demo. */
export function improveHandlers(ctx: EngineContext): Pick<Handlers, ImproveCommand> {
  const loop = () => loopFor(ctx);
  const requireModel = (name: string) => {
    if (!ctx.ml.models.model(name))
      throw new AppError(
        'not_found',
        `No model named "${name}"; models: ${ctx.ml.models.names().join(', ') || 'none yet (train one first)'}.`,
      );
  };
  /** The classes a label must be one of (null: the model predicts a number). */
  const classesOf = (modelName: string, version: number): string[] | null => {
    const v = ctx.ml.models.byNumber(modelName, version);
    return v ? ModelMetadata.parse(readArtifactJson(ctx.paths.dir, v, 'metadata.json')).labels : null;
  };
  return {
    'policy.list': ({ modelName }) => {
      requireModel(modelName);
      return loop().deps.policies.list(modelName);
    },
    'policy.set': ({ modelName, policies }) => {
      requireModel(modelName);
      const saved = loop().deps.policies.replace(modelName, policies);
      ctx.emit({ type: 'improve.changed', modelName });
      return saved;
    },
    'improve.cycles': ({ modelName, limit }) => loop().deps.cycles.list(modelName, limit).map(publicCycle),
    'improve.runNow': async ({ modelName, policyName }) => {
      requireModel(modelName);
      return publicCycle(await loop().runNow(modelName, policyName));
    },
    'improve.decide': async ({ cycleId, approve, reason, actor }) =>
      publicCycle(await loop().decide(cycleId, approve, reason, actorName(actor))),
    'timeline.list': ({ modelName, cycleId, limit }) =>
      loop().deps.timeline.list(modelName, { cycleId, limit }),
    'productionLabels.queue': ({ modelName, reason, includeLabeled, limit }) => {
      requireModel(modelName);
      const store = loop().deps.labels;
      const prod = ctx.ml.models.production(modelName) ?? ctx.ml.models.versionsOf(modelName).at(-1);
      return {
        items: store.list(modelName, { reason, includeLabeled, limit }),
        classes: prod ? classesOf(modelName, prod.version) : null,
        ...store.counts(modelName),
      };
    },
    'productionLabels.submit': ({ predictionId, label, annotator }) => {
      const store = loop().deps.labels;
      const item = store.get(predictionId);
      if (!item)
        throw new AppError(
          'not_found',
          `Prediction ${predictionId} is not in the production labeling queue; label queued predictions, or send feedback to the inference port for others.`,
        );
      const classes = classesOf(item.modelName, item.version);
      let value: string | number;
      if (classes) {
        value = String(label);
        if (!classes.includes(value))
          throw new AppError(
            'invalid_input',
            `"${value}" is not a class of ${item.modelName}; the classes are: ${classes.join(', ')}.`,
          );
      } else {
        value = typeof label === 'number' ? label : Number(label);
        if (!Number.isFinite(value))
          throw new AppError(
            'invalid_input',
            `${item.modelName} predicts a number; the label must be a finite number, got ${JSON.stringify(label)}.`,
          );
      }
      store.label(predictionId, value, annotator);
      ctx.emit({ type: 'improve.changed', modelName: item.modelName });
      return { item: store.get(predictionId) ?? item, ...store.counts(item.modelName) };
    },
    'demo.start': async (input) => {
      await ctx.backend.get();
      return { job: ctx.runner.submit('demo', input) };
    },
  };
}
