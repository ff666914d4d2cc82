/** Column names must be present and distinct. */
import { invalid } from './intake-errors.js';
import { MAX_COLUMNS } from './limits.js';

export function checkColumnNames(path: string, names: string[]): void {
  if (names.length > MAX_COLUMNS) {
    throw invalid(
      path,
      `the file has ${names.length.toLocaleString('en-US')} columns; at most ${MAX_COLUMNS.toLocaleString('en-US')} are supported. ` +
        'Split it into narrower tables.',
    );
  }
  const empty: number[] = [];
  const seen = new Map<string, number>();
  for (let j = 0; j < names.length; j++) {
    const name = names[j] as string;
    if (name === '') {
      empty.push(j + 1);
      continue;
    }
    const before = seen.get(name);
    if (before !== undefined) {
      throw invalid(
        path,
        `columns ${before + 1} and ${j + 1} are both named "${name}". Give every column a distinct name in the header.`,
      );
    }
    seen.set(name, j);
  }
  if (empty.length === 1)
    throw invalid(path, `column ${empty[0]} has an empty name. Give every column a name in the header.`);
  if (empty.length > 1) {
    throw invalid(
      path,
      `columns ${empty.join(', ')} have empty names. Give every column a name in the header.`,
    );
  }
}
