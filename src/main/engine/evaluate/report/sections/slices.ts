/** The "Slices" section: the worst slices by the main metric, their flags and why. */
import type { Slice, SliceReport } from '../../../../../shared/evaluate.js';
import { formatNumber } from '../format.js';
import { type Html, h } from '../html.js';
import { metricLabel } from '../metric-values.js';
import { changeCell, dataTable, section } from './parts.js';

/** How many slices the table lists. */
export const WORST_SLICES = 15;

const KINDS: Record<Slice['kind'], string> = { category: 'category', bin: 'range', missing: 'missing' };

/** The slices section. */
export function slicesSection(s: SliceReport): Html {
  const features = new Set(s.slices.map((x) => x.feature)).size;
  const flagged = s.slices.filter((x) => x.flagged).length;
  const shown = s.slices.slice(0, WORST_SLICES);
  const label = metricLabel(s.metric);
  return section(
    'slices',
    'Slices',
    h(
      'p',
      null,
      `${formatNumber(s.slices.length)} slices over ${formatNumber(features)} features; ${formatNumber(flagged)} flagged. `,
      `Overall ${label}: ${formatNumber(s.overall)}. Slices under ${formatNumber(s.minRows)} rows are listed but never flagged.`,
    ),
    shown.length === 0
      ? h('p', { class: 'muted' }, 'No slices: the data has no categorical or numeric features to slice by.')
      : [
          h('h3', null, `Worst ${formatNumber(shown.length)} of ${formatNumber(s.slices.length)} slices`),
          dataTable(
            [
              { label: 'Feature', cell: (x: Slice) => x.feature },
              { label: 'Value', cell: (x) => x.value },
              { label: 'Kind', cell: (x) => KINDS[x.kind] },
              { label: 'Rows', num: true, cell: (x) => formatNumber(x.rows) },
              { label, num: true, cell: (x) => formatNumber(x.metrics[s.metric] ?? null) },
              { label: 'vs overall', num: true, cell: (x) => changeCell(s.metric, x.delta) },
              {
                label: 'Flag',
                cell: (x) =>
                  x.flagged ? [h('span', { class: 'badge flag' }, 'Flagged'), ' ', x.flagReason ?? ''] : '',
              },
            ],
            shown,
            (x) => (x.flagged ? 'flagged' : null),
          ),
        ],
  );
}
