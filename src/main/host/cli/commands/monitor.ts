import type { Command } from 'commander';
import { AppError } from '../../../../shared/errors.js';
import type { MonitorReport } from '../../../../shared/monitor-report.js';
import type { CliContext } from '../main.js';
import { versionArg } from './models.js';

const f = (x: number | null | undefined, digits = 4) =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : String(Number(x.toPrecision(digits)));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A monitoring report for the terminal: the same numbers as `--json` and the Monitor step. */
export function formatMonitorReport(r: MonitorReport): string {
  const w = r.window;
  const span =
    w.from !== null && w.to !== null
      ? ` (${new Date(w.from).toISOString()} … ${new Date(w.to).toISOString()})`
      : '';
  const lines = [
    `${r.modelName} v${r.version}: ${w.rows} predictions in ${w.requests} requests${span}; reference: ${r.reference.rows} training rows`,
    `dataset drift: ${r.datasetDrift.drifted ? 'DRIFTED' : 'no'} — ${r.datasetDrift.count} of ${r.datasetDrift.total} features drifted (${pct(r.datasetDrift.share)}; threshold ${pct(r.datasetDrift.threshold)})`,
    'feature        method         value        threshold  drifted  missing (training)  out of range / unseen',
  ];
  for (const x of r.features) {
    const value =
      x.pValue !== undefined ? `p=${f(x.pValue, 3)}` : x.score !== undefined ? f(x.score) : (x.reason ?? '—');
    const odd = x.quality.kind === 'numeric' ? x.quality.outOfRangeShare : x.quality.unseenShare;
    lines.push(
      `${x.feature.slice(0, 14).padEnd(15)}${x.method.padEnd(15)}${value.padEnd(13)}${String(x.threshold).padEnd(11)}${(x.drifted ? 'YES' : 'no').padEnd(9)}${`${pct(x.quality.missingRate)} (${pct(x.quality.referenceMissingRate)})`.padEnd(20)}${pct(odd)}`,
    );
  }
  if (r.prediction) {
    const p = r.prediction;
    lines.push(
      `prediction drift: ${p.drifted ? 'DRIFTED' : 'no'} (${p.method} ${p.pValue !== undefined ? `p=${f(p.pValue, 3)}` : f(p.score ?? null)}, threshold ${p.threshold})`,
    );
  }
  for (const b of r.quality.breaches) lines.push(`quality: ${b.message}`);
  const l = r.liveMetrics;
  lines.push(
    `live ${l.name}: ${f(l.value)} from ${l.labeled} labels (${pct(l.share)} of predictions)${l.evaluated !== null ? `; evaluated ${f(l.evaluated)}` : ''}${l.dropped ? ' — DROPPED below the evaluated value' : ''}`,
  );
  for (const n of r.notes) lines.push(`note: ${n}`);
  return lines.join('\n');
}

export function registerMonitor(program: Command, ctx: () => CliContext): void {
  program
    .command('monitor <model>')
    .description(
      "drift of each feature and of the predictions, data quality and the live metric over the model's latest live traffic",
    )
    .option('--window <n>', 'the last N predictions (default 1000)')
    .option('--model-version <v>', 'monitor this version (default: the production version)')
    .action(async (model: string, o: { window?: string; modelVersion?: string }) => {
      const c = ctx();
      const rows = o.window === undefined ? 1000 : Number(o.window);
      if (!Number.isInteger(rows) || rows < 10)
        throw new AppError(
          'invalid_input',
          `--window must be a whole number of predictions, 10 or more, not "${o.window}".`,
        );
      const report = await (await c.engine()).call('monitor.report', {
        modelName: model,
        window: { rows },
        ...(o.modelVersion ? { version: versionArg(o.modelVersion) } : {}),
      });
      c.out.result(report, () => formatMonitorReport(report));
    });
}
