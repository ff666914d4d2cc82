import type { ErrorKind } from '../../../shared/errors.js';

/** The CLI's exit codes, so scripts can branch on them. */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  workspace: 3,
  notFound: 4,
  unavailable: 5,
  cancelled: 130,
} as const;

export function exitCodeFor(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid_input':
    case 'unknown_command':
      return EXIT.usage;
    case 'workspace':
      return EXIT.workspace;
    case 'not_found':
      return EXIT.notFound;
    case 'unavailable':
      return EXIT.unavailable;
    case 'cancelled':
      return EXIT.cancelled;
    default:
      return EXIT.failed;
  }
}
