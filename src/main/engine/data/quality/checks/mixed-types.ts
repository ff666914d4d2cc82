import type { InferenceEvidence, QualityFinding } from '../../../../../shared/data.js';
import type { QualityContext } from '../context.js';
import { finding } from '../finding.js';
import { int } from '../format.js';

/** Raw kinds as inference saw them; integers and decimals count as one kind (numbers). */
function kinds(e: InferenceEvidence): { kind: string; count: number }[] {
  return [
    { kind: 'number', count: e.integer + e.float },
    { kind: 'true/false', count: e.boolean },
    { kind: 'date/time', count: e.datetime },
    { kind: 'text', count: e.string },
  ].filter((k) => k.count > 0);
}

/**
 * Columns whose raw values were of more than one kind, or where some values did not fit the
 * chosen type (inference's offenders): the minority was coerced or lost.
 */
export function mixedTypes(ctx: QualityContext): QualityFinding[] {
  const out: QualityFinding[] = [];
  for (const s of ctx.meta.columns) {
    const e = s.evidence;
    if (!e) continue;
    const present = kinds(e);
    if (e.offenders.length === 0 && present.length < 2) continue;
    present.sort((a, b) => b.count - a.count);
    const total = present.reduce((a, k) => a + k.count, 0);
    const mix = present.map((k) => `${int(k.count)} ${k.kind}`).join(', ');
    const examples = e.offenders
      .slice(0, 5)
      .map((o) => `"${o.value}" (row ${int(o.row)})`)
      .join(', ');
    out.push(
      finding({
        check: 'mixed_types',
        severity: 'warning',
        columns: [s.name],
        title: `${s.name} mixes kinds of values`,
        evidence:
          `${s.name} is ${s.type}, but its ${int(total)} non-missing raw values were ${mix}` +
          (examples ? `; values that did not fit: ${examples}` : '') +
          '. Check whether these are typos or codes for "unknown", then cast the column or clean them.',
        fix: null,
      }),
    );
  }
  return out;
}
