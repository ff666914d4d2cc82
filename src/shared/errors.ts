/**
 * The one error shape that crosses every boundary (IPC, HTTP, WS, CLI, worker threads).
 * `kind` tells a caller what to do; `message` tells a person.
 */
export const ERROR_KINDS = [
  /** The input was malformed: fix the request. */
  'invalid_input',
  /** The command name is not part of the contract. */
  'unknown_command',
  /** The thing named does not exist. */
  'not_found',
  /** The request conflicts with the current state (e.g. cancel a finished job). */
  'conflict',
  /** The workspace cannot be opened or written (path, permissions, corrupt or newer database). */
  'workspace',
  /** A resource the command needs is not available on this machine. */
  'unavailable',
  /** The work was cancelled. */
  'cancelled',
  /** A bug or an unexpected failure. */
  'internal',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface AppErrorShape {
  kind: ErrorKind;
  message: string;
  /** Optional machine-readable detail, e.g. the zod issues of an invalid input. */
  details?: unknown;
}

export class AppError extends Error implements AppErrorShape {
  readonly kind: ErrorKind;
  readonly details?: unknown;

  constructor(kind: ErrorKind, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    if (details !== undefined) this.details = details;
  }

  toJSON(): AppErrorShape {
    return this.details === undefined
      ? { kind: this.kind, message: this.message }
      : { kind: this.kind, message: this.message, details: this.details };
  }

  static from(value: unknown): AppError {
    if (value instanceof AppError) return value;
    if (isAppErrorShape(value)) return new AppError(value.kind, value.message, value.details);
    if (value instanceof Error) return new AppError('internal', value.message);
    return new AppError('internal', String(value));
  }
}

export function isAppErrorShape(value: unknown): value is AppErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { kind?: unknown; message?: unknown };
  return typeof v.message === 'string' && (ERROR_KINDS as readonly unknown[]).includes(v.kind);
}

/** The envelope every shell returns for a command. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
