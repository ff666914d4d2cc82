import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors.js';

/** A JSON file a user names on the command line; errors say which file and what to write. */
export function readJsonFile(file: string, what: string, example: string): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch (err) {
    throw new AppError('invalid_input', `Cannot read the ${what} file ${file}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new AppError(
      'invalid_input',
      `The ${what} file ${file} is not valid JSON (${(err as Error).message}); write e.g. ${example}.`,
    );
  }
}
