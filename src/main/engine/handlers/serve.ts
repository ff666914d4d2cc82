import { AppError } from '../../../shared/errors.js';
import type { EngineContext } from '../context.js';
import type { Handlers } from './types.js';

type ServeCommand =
  | 'serve.status'
  | 'serve.start'
  | 'serve.stop'
  | 'serve.stats'
  | 'serve.predict'
  | 'serve.requests';

/** PLACEHOLDER (being replaced): the inference server's commands. */
export function serveHandlers(_ctx: EngineContext): Pick<Handlers, ServeCommand> {
  const todo = () => {
    throw new AppError('unavailable', 'the inference server is being built');
  };
  return {
    'serve.status': todo,
    'serve.start': todo,
    'serve.stop': todo,
    'serve.stats': todo,
    'serve.predict': todo,
    'serve.requests': todo,
  };
}
