/** The importer's user-facing errors: what is wrong, where (file, line, column), and what to do. */
import { basename } from 'node:path';
import { AppError } from '../../../../shared/errors.js';
import { MAX_FIELD_BYTES, MAX_ROW_BYTES } from './limits.js';

export function invalid(path: string, message: string): AppError {
  return new AppError('invalid_input', `${basename(path)}: ${message}`);
}

export function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

export function columnLabel(index: number, name?: string): string {
  return name === undefined ? `column ${index + 1}` : `column ${index + 1} ("${name}")`;
}

export function unterminatedQuote(path: string, line: number, column: number, name?: string): AppError {
  return invalid(
    path,
    `the quoted field that opens on line ${line} (${columnLabel(column, name)}) is never closed. ` +
      'Add the closing quote ("), and write any quote inside a quoted field as two quotes ("").',
  );
}

export function textAfterQuote(path: string, line: number, column: number, name?: string): AppError {
  return invalid(
    path,
    `line ${line}, ${columnLabel(column, name)}: unexpected text after a closing quote. ` +
      'Inside a quoted field write a quote as two quotes (""), or quote the whole field.',
  );
}

export function fieldTooLarge(
  path: string,
  line: number,
  column: number,
  bytes: number,
  name?: string,
): AppError {
  return invalid(
    path,
    `line ${line}, ${columnLabel(column, name)}: a field of at least ${mb(bytes)} exceeds the limit of ` +
      `${mb(MAX_FIELD_BYTES)} per field. Check for an unbalanced quote, or store such large values outside the table.`,
  );
}

export function rowTooLarge(path: string, line: number): AppError {
  return invalid(
    path,
    `the row starting on line ${line} is longer than ${mb(MAX_ROW_BYTES)}, the limit per row. ` +
      'Check for an unbalanced quote that runs on through the rest of the file.',
  );
}

export function raggedRow(
  path: string,
  line: number,
  expected: number,
  found: number,
  delimiter: string,
): AppError {
  const d = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  return invalid(
    path,
    `line ${line} has ${found} field${found === 1 ? '' : 's'} but the header has ${expected} ` +
      `(expected ${expected}, found ${found}). Fix the row: look for a missing or extra ${d} delimiter, ` +
      'and quote any value that contains the delimiter.',
  );
}

export function invalidUtf8(
  path: string,
  line: number,
  column: number,
  byteOffset: number,
  name?: string,
): AppError {
  return invalid(
    path,
    `invalid UTF-8 at line ${line}, ${columnLabel(column, name)} (byte offset ${byteOffset} in the file). ` +
      'Save the file as UTF-8 (for example, re-export it choosing the UTF-8 encoding) and import it again.',
  );
}

export function cancelled(): AppError {
  return new AppError('cancelled', 'import cancelled');
}
