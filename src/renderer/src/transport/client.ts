import type { PickedFile, PickFileOptions } from '../../../shared/bridge';
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract';
import type { AppErrorShape, ErrorKind } from '../../../shared/errors';
import type { EngineEvent } from '../../../shared/events';
import { selectTransport } from './select-transport';
import type { ConnectionState, Transport } from './transport';

/** A command's error, as thrown by `call`: the contract's {kind, message}. */
export class CommandError extends Error implements AppErrorShape {
  readonly kind: ErrorKind;
  readonly details?: unknown;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'CommandError';
    this.kind = shape.kind;
    if (shape.details !== undefined) this.details = shape.details;
  }
}

let transport: Transport | null = null;

function current(): Transport {
  transport ??= selectTransport();
  return transport;
}

/** Use a given transport (tests); the default is picked from the shell on first use. */
export function setTransport(next: Transport): void {
  transport = next;
}

/** Run one contract command; resolves with its output or throws a CommandError. */
export async function call<K extends CommandName>(
  name: K,
  input: CommandInput<K>,
): Promise<CommandOutput<K>> {
  const result = await current().invoke(name, input);
  if (!result.ok) throw new CommandError(result.error);
  return result.value as CommandOutput<K>;
}

export function subscribeEvents(listener: (event: EngineEvent) => void): () => void {
  return current().onEvent(listener);
}

export function subscribeConnection(listener: (state: ConnectionState) => void): () => void {
  return current().onConnection(listener);
}

export function pickFile(options?: PickFileOptions): Promise<PickedFile | null> {
  return current().pickFile(options);
}

/** Whether files the page holds (dropped, or from a file input) can be sent to the engine. */
export function canUpload(): boolean {
  return typeof current().uploadFile === 'function';
}

/** Send a file the page holds to the engine (browser mode); throws a CommandError elsewhere. */
export async function uploadFile(file: File): Promise<PickedFile> {
  const upload = current().uploadFile;
  if (!upload) {
    throw new CommandError({
      kind: 'unavailable',
      message: 'This window cannot read dropped files; use “Choose file…” instead.',
    });
  }
  try {
    return await upload(file);
  } catch (err) {
    if (err instanceof CommandError) throw err;
    const kind = (err as { kind?: unknown }).kind;
    throw new CommandError({
      kind: typeof kind === 'string' ? (kind as ErrorKind) : 'internal',
      message: errorMessage(err),
    });
  }
}

export function shellName(): Transport['shell'] {
  return current().shell;
}

/** A message for a person from anything thrown. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
