import type { QualityFinding } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { finding } from '../finding.js';
import { int, quoteList } from '../format.js';

const TRAIN = 0;

/** Categories that appear in validation or test rows but never in train (needs a split). */
export function unseenCategories(ctx: QualityContext): QualityFinding[] {
  const split = ctx.extras.split;
  if (!split || split.length !== ctx.table.rowCount) return [];
  const out: QualityFinding[] = [];
  for (const col of ctx.table.columns) {
    if (ctx.role(col.name) !== 'feature' || col.data.storage !== 'dict') continue;
    const { codes, dictionary } = col.data;
    const inTrain = new Uint8Array(dictionary.length);
    const elsewhere = new Int32Array(dictionary.length);
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i] as number;
      if (c < 0) continue;
      if (split[i] === TRAIN) inTrain[c] = 1;
      else elsewhere[c] = (elsewhere[c] as number) + 1;
    }
    const unseen: { value: string; count: number }[] = [];
    for (let c = 0; c < dictionary.length; c++) {
      const n = elsewhere[c] as number;
      if (n > 0 && !inTrain[c]) unseen.push({ value: dictionary[c] ?? '', count: n });
    }
    if (unseen.length === 0) continue;
    unseen.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    const rows = unseen.reduce((a, u) => a + u.count, 0);
    out.push(
      finding({
        check: 'unseen_categories',
        severity: 'warning',
        columns: [col.name],
        title: `${col.name} has ${int(unseen.length)} ${unseen.length === 1 ? 'category' : 'categories'} not in train`,
        evidence:
          `${col.name}: ${quoteList(unseen.map((u) => u.value))} ${unseen.length === 1 ? 'appears' : 'appear'} in ${int(rows)} validation/test ` +
          `${rows === 1 ? 'row' : 'rows'} but never in train; the model will treat ${unseen.length === 1 ? 'it' : 'them'} as unknown. ` +
          'Group rare categories or re-split (stratified) so train covers them.',
        fix: null,
      }),
    );
  }
  return out;
}
