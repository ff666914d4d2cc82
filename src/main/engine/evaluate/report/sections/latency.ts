/** The "Latency" section: percentiles, throughput and errors under load, candidate vs production. */
import type { LatencyReport, LatencyResult } from '../../../../../shared/evaluate.js';
import { extent } from '../charts/axes.js';
import { seriesColor } from '../charts/figure.js';
import { histogram } from '../charts/histogram.js';
import { formatMs, formatNumber, formatPercent } from '../format.js';
import { type Html, h } from '../html.js';
import { changeCell, dataTable, notRun, section } from './parts.js';

interface Measure {
  name: string;
  /** Which way is better, for the colour of the change. */
  better: 'higher' | 'lower' | null;
  value: (r: LatencyResult) => number;
  format: (v: number) => string;
}

const num = (v: number) => formatNumber(v);
const MEASURES: readonly Measure[] = [
  { name: 'p50', better: 'lower', value: (r) => r.p50, format: formatMs },
  { name: 'p95', better: 'lower', value: (r) => r.p95, format: formatMs },
  { name: 'p99', better: 'lower', value: (r) => r.p99, format: formatMs },
  { name: 'Mean', better: 'lower', value: (r) => r.mean, format: formatMs },
  { name: 'Max', better: 'lower', value: (r) => r.max, format: formatMs },
  { name: 'Throughput (req/s)', better: 'higher', value: (r) => r.throughput, format: num },
  { name: 'Error rate', better: 'lower', value: (r) => r.errorRate, format: (v) => formatPercent(v) },
  { name: 'Requests', better: null, value: (r) => r.requests, format: num },
  { name: 'Errors', better: 'lower', value: (r) => r.errors, format: num },
];

function load(r: LatencyResult): string {
  const rate = r.rate === 0 ? 'as fast as possible' : `${formatNumber(r.rate)} req/s`;
  return `${rate}, ${formatNumber(r.connections)} connections, ${formatNumber(r.seconds)} s`;
}

function latencyHistogram(
  r: LatencyResult,
  who: string,
  i: number,
  xDomain: [number, number],
  yDomain: [number, number],
): Html {
  return histogram({
    xDomain,
    yDomain,
    title: `${who}: ${r.modelName} v${r.version}`,
    xLabel: 'Latency (ms)',
    yLabel: 'Requests',
    bins: r.histogram,
    color: seriesColor(i),
  });
}

/** The latency section, or "not run". */
export function latencySection(l: LatencyReport | null): Html {
  if (l === null) return section('latency', 'Latency', notRun('a load test'));
  const { candidate, production } = l;
  const bins = [...candidate.histogram, ...(production?.histogram ?? [])];
  const xDomain = extent([...bins.map((b) => b.lo), ...bins.map((b) => b.hi)]);
  const yDomain = extent(
    bins.map((b) => b.count),
    true,
  );
  const change = (m: Measure) => (production ? m.value(candidate) - m.value(production) : null);
  return section(
    'latency',
    'Latency',
    h('p', null, `Load: ${load(candidate)}.`),
    dataTable(
      [
        { label: 'Measure', cell: (m: Measure) => m.name },
        { label: `Candidate v${candidate.version}`, num: true, cell: (m) => m.format(m.value(candidate)) },
        ...(production
          ? [
              {
                label: `Production v${production.version}`,
                num: true,
                cell: (m: Measure) => m.format(m.value(production)),
              },
              {
                label: 'Change',
                num: true,
                cell: (m: Measure) =>
                  changeCell(m.better, change(m), (v) => `${v > 0 ? '+' : ''}${m.format(v)}`),
              },
            ]
          : []),
      ],
      MEASURES,
    ),
    !production && h('p', { class: 'muted' }, 'No production version to compare with.'),
    h(
      'div',
      { class: 'charts' },
      latencyHistogram(candidate, 'Candidate', 0, xDomain, yDomain),
      production && latencyHistogram(production, 'Production', 1, xDomain, yDomain),
    ),
  );
}
