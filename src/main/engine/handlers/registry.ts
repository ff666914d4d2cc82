import type { EngineContext } from '../context.js';
import { lineageOf } from '../serve/registry/lineage.js';
import { ModelRegistry } from '../serve/registry/model-registry.js';
import type { Handlers } from './types.js';

type RegistryCommand = 'models.get' | 'models.promote' | 'models.rollback' | 'models.lineage';

/** The model registry's commands: stages, promotion, rollback and lineage of model versions. */
export function registryHandlers(ctx: EngineContext): Pick<Handlers, RegistryCommand> {
  const registry = new ModelRegistry(ctx);
  return {
    'models.get': ({ name }) => registry.get(name),
    'models.promote': (input) => registry.promote(input),
    'models.rollback': (input) => registry.rollback(input),
    'models.lineage': ({ name, version }) => lineageOf(ctx, registry, name, version),
  };
}
