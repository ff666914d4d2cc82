/** The "Gate" section: the verdict and every check with its observed value, threshold and note. */
import type { CheckResult, GateVerdict } from '../../../../../shared/evaluate.js';
import { formatNumber } from '../format.js';
import { type Html, h } from '../html.js';
import { dataTable, passBadge, section } from './parts.js';

/** The gate section. */
export function gateSection(g: GateVerdict): Html {
  const passed = g.checks.filter((c) => c.passed).length;
  return section(
    'gate',
    'Gate verdict',
    h(
      'p',
      null,
      passBadge(g.passed, 'verdict'),
      ` ${formatNumber(passed)} of ${formatNumber(g.checks.length)} checks passed; `,
      g.policySource === 'model' ? "the model's own policy" : 'the default policy',
      g.productionVersion === null
        ? '; no production version to compare with.'
        : `; compared with production v${g.productionVersion}.`,
    ),
    g.checks.length === 0
      ? h('p', { class: 'muted' }, 'The policy has no checks.')
      : dataTable(
          [
            { label: 'Check', cell: (c: CheckResult) => c.description },
            { label: 'Observed', num: true, cell: (c) => formatNumber(c.observed) },
            { label: 'Threshold', num: true, cell: (c) => formatNumber(c.threshold) },
            { label: 'Production', num: true, cell: (c) => formatNumber(c.production) },
            { label: 'Result', cell: (c) => passBadge(c.passed) },
            { label: 'Note', cell: (c) => c.note ?? '' },
          ],
          g.checks,
          (c) => (c.passed ? null : 'failed'),
        ),
  );
}
