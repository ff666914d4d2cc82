import { AppError } from '../../../shared/errors.js';
import type { EngineContext } from '../context.js';
import type { Handlers } from './types.js';

type RegistryCommand = 'models.get' | 'models.promote' | 'models.rollback' | 'models.lineage';

/** PLACEHOLDER (being replaced): the model registry's commands. */
export function registryHandlers(_ctx: EngineContext): Pick<Handlers, RegistryCommand> {
  const todo = () => {
    throw new AppError('unavailable', 'the model registry is being built');
  };
  return { 'models.get': todo, 'models.promote': todo, 'models.rollback': todo, 'models.lineage': todo };
}
