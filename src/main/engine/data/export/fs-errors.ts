import { AppError } from '../../../../shared/errors.js';

/** A file-system error while saving `path`, as a message that says what to do. */
export function exportError(err: unknown, path: string): AppError {
  if (err instanceof AppError) return err;
  return pathError((err as NodeJS.ErrnoException | null)?.code, path, (err as Error)?.message ?? String(err));
}

/** The AppError for an errno code met while saving `path`. */
export function pathError(code: string | undefined, path: string, detail = ''): AppError {
  switch (code) {
    case 'ENOENT':
      return new AppError(
        'invalid_input',
        `Cannot save "${path}": its folder does not exist. Create the folder or choose another place.`,
      );
    case 'ENOTDIR':
      return new AppError(
        'invalid_input',
        `Cannot save "${path}": part of the path is a file, not a folder.`,
      );
    case 'EISDIR':
      return new AppError(
        'invalid_input',
        `Cannot save "${path}": it is a folder. Choose a file name inside it, e.g. "${path}/data.csv".`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError(
        'invalid_input',
        `Cannot save "${path}": this location is not writable (${code}). Choose another folder.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError(
        'unavailable',
        `Cannot save "${path}": the disk is full. Free some space and export again.`,
      );
    default:
      return new AppError('internal', `Saving "${path}" failed: ${detail || code || 'unknown error'}`);
  }
}
