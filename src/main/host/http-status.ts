import type { ErrorKind } from '../../shared/errors.js';

/** The HTTP status for each error kind (the body is always the Result envelope). */
export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid_input: 400,
  unknown_command: 404,
  not_found: 404,
  conflict: 409,
  workspace: 500,
  unavailable: 503,
  cancelled: 409,
  internal: 500,
};
