import type { CommandName, CommandOutput, ParsedInput } from '../../../shared/contract.js';

/** One command's implementation: receives validated input, returns the output (or throws AppError). */
export type Handler<K extends CommandName> = (
  input: ParsedInput<K>,
) => Promise<CommandOutput<K>> | CommandOutput<K>;

/** Every command's handler; each domain supplies a Pick of it. */
export type Handlers = { [K in CommandName]: Handler<K> };

export type HandlerPart = Partial<Handlers>;
