import { AppError } from '../../../../shared/errors.js';
import type { ModelDetail, RollbackResult, Stage } from '../../../../shared/serve.js';
import type { ModelVersionRecord } from '../../../../shared/train.js';
import type { EngineContext } from '../../context.js';
import { evaluationGateProblem } from '../../evaluate/gate/promotion-check.js';
import { actorName } from './actor.js';
import { checkPromotion } from './promotion-gate.js';
import { StageEventsStore } from './stage-events-store.js';

export type RegistryDeps = Pick<EngineContext, 'db' | 'ml' | 'paths' | 'emit'>;

/**
 * The model registry: moves versions between stages (candidate → staging → production →
 * archived) with a reason and an actor, keeps the history, and tells listeners (the inference
 * server hot-swaps) with a `models.changed` event after every change.
 */
export class ModelRegistry {
  readonly events: StageEventsStore;

  constructor(private readonly deps: RegistryDeps) {
    this.events = new StageEventsStore(deps.db);
  }

  /** The model with its versions, production version and history (newest first). */
  get(name: string): ModelDetail {
    const model = this.requireModel(name);
    const versions = this.deps.ml.models.versionsOf(name);
    return {
      ...model,
      versions,
      production: versions.find((v) => v.stage === 'production')?.version ?? null,
      events: this.events.ofModel(name),
    };
  }

  /** A version by number; not_found says which versions exist. */
  requireVersion(name: string, version: number): ModelVersionRecord {
    this.requireModel(name);
    const v = this.deps.ml.models.byNumber(name, version);
    if (!v) {
      const have = this.deps.ml.models.versionsOf(name).map((x) => `v${x.version}`);
      throw new AppError(
        'not_found',
        `Model ${name} has no version ${version}; its versions: ${have.join(', ') || 'none'}.`,
      );
    }
    return v;
  }

  /**
   * Move a version to a stage. To production: the current production version becomes archived
   * (a `demote` event) in the same transaction. The promotion gate runs first.
   */
  promote(args: {
    name: string;
    version: number;
    stage?: Stage;
    reason: string;
    actor?: string;
    overrideGate?: boolean;
  }): ModelVersionRecord {
    const stage = args.stage ?? 'production';
    const actor = actorName(args.actor);
    const { models } = this.deps.ml;
    const id = this.deps.db
      .transaction(() => {
        const v = this.requireVersion(args.name, args.version);
        if (v.stage === stage) {
          throw new AppError(
            'conflict',
            `${args.name} v${v.version} is already in ${stage}; nothing to change.`,
          );
        }
        const productionNow = models.production(args.name)?.version ?? null;
        const { overridden } = checkPromotion(
          {
            workspaceDir: this.deps.paths.dir,
            evaluationGate: (x) => evaluationGateProblem(this.deps.db, x, productionNow),
            overrideGate: args.overrideGate ?? false,
          },
          v,
          stage,
        );
        const reason = overridden ? `[gate overridden: ${overridden}] ${args.reason}` : args.reason;
        if (stage === 'production') {
          const current = models.production(args.name);
          if (current) {
            models.setStage(current.id, 'archived');
            this.events.add({
              modelName: args.name,
              version: current.version,
              fromStage: 'production',
              toStage: 'archived',
              action: 'demote',
              reason: `replaced by v${v.version}: ${reason}`,
              actor,
            });
          }
        }
        models.setStage(v.id, stage);
        this.events.add({
          modelName: args.name,
          version: v.version,
          fromStage: v.stage,
          toStage: stage,
          action: 'promote',
          reason,
          actor,
        });
        return v.id;
      })
      .immediate();
    this.deps.emit({ type: 'models.changed', name: args.name });
    return models.require(id);
  }

  /**
   * Put back the version that was in production before the current one (the most recent
   * earlier production version that still exists); the current one becomes archived.
   */
  rollback(args: { name: string; reason: string; actor?: string }): RollbackResult {
    const actor = actorName(args.actor);
    const { models } = this.deps.ml;
    const result = this.deps.db
      .transaction((): RollbackResult => {
        this.requireModel(args.name);
        const current = models.production(args.name);
        if (!current) {
          throw new AppError(
            'conflict',
            `${args.name} has no production version; nothing to roll back. Promote one with \`ai-factory models promote ${args.name} VERSION --reason ...\`.`,
          );
        }
        const previous = this.events
          .ofModel(args.name)
          .filter((e) => e.toStage === 'production' && e.version !== current.version)
          .map((e) => models.byNumber(args.name, e.version))
          .find((v) => v !== undefined);
        if (!previous) {
          throw new AppError(
            'conflict',
            `v${current.version} is the first production version of ${args.name}; nothing to roll back to.`,
          );
        }
        checkPromotion({ workspaceDir: this.deps.paths.dir }, previous, 'production');
        models.setStage(current.id, 'archived');
        this.events.add({
          modelName: args.name,
          version: current.version,
          fromStage: 'production',
          toStage: 'archived',
          action: 'rollback',
          reason: args.reason,
          actor,
        });
        models.setStage(previous.id, 'production');
        this.events.add({
          modelName: args.name,
          version: previous.version,
          fromStage: previous.stage,
          toStage: 'production',
          action: 'rollback',
          reason: args.reason,
          actor,
        });
        return { modelName: args.name, from: current.version, to: previous.version };
      })
      .immediate();
    this.deps.emit({ type: 'models.changed', name: args.name });
    return result;
  }

  private requireModel(name: string) {
    const model = this.deps.ml.models.model(name);
    if (!model) {
      const names = this.deps.ml.models.names();
      throw new AppError(
        'not_found',
        names.length
          ? `No model "${name}"; the models are: ${names.join(', ')}.`
          : `No model "${name}"; there are no models yet. Train one with \`ai-factory train VERSION\`.`,
      );
    }
    return model;
  }
}
