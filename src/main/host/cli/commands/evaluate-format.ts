import type { EvaluationReport, GateVerdict, LatencyResult } from '../../../../shared/evaluate.js';

const f = (x: number | null | undefined, digits = 4) =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : String(Number(x.toFixed(digits)));

function latencyLine(name: string, l: LatencyResult): string {
  return `  ${name.padEnd(12)} p50 ${f(l.p50, 2)} ms  p95 ${f(l.p95, 2)} ms  p99 ${f(l.p99, 2)} ms  ${f(l.throughput, 1)} req/s  errors ${(l.errorRate * 100).toFixed(2)}% (${l.requests} requests at ${l.rate}/s, ${l.connections} connections)`;
}

/** The gate verdict, one line per check. */
export function formatVerdict(g: GateVerdict): string {
  const lines = [
    `gate: ${g.passed ? 'PASSED' : 'BLOCKED'} (${g.policySource} policy${g.productionVersion !== null ? `, compared with production v${g.productionVersion}` : ''})`,
  ];
  for (const c of g.checks) {
    const prod = c.production !== null ? `, production ${f(c.production)}` : '';
    lines.push(
      `  ${c.passed ? 'pass' : 'FAIL'}  ${c.description}: observed ${f(c.observed)}, threshold ${f(c.threshold)}${prod}${c.note ? ` — ${c.note}` : ''}`,
    );
  }
  return lines.join('\n');
}

/** An evaluation report for the terminal: the same numbers as the Evaluate step. */
export function formatReport(r: EvaluationReport): string {
  const d = r.data;
  const lines = [
    `${r.modelName} v${r.version} (${r.task}) on ${d.datasetName ?? d.datasetId} v${d.versionNumber ?? '?'} ${d.source}: ${d.rows} rows${d.droppedRows ? ` (${d.droppedRows} without a usable target left out)` : ''}`,
  ];
  const m = r.metrics;
  if (m.kind === 'classification') {
    lines.push(
      `accuracy ${f(m.accuracy)}  balanced accuracy ${f(m.balancedAccuracy)}  ROC-AUC ${f(m.rocAuc)}  average precision ${f(m.averagePrecision)}  log loss ${f(m.logLoss)}  ECE ${f(m.ece)}${m.threshold !== null ? `  (threshold ${m.threshold})` : ''}`,
      `macro P/R/F1 ${f(m.macro.precision)} / ${f(m.macro.recall)} / ${f(m.macro.f1)}   weighted ${f(m.weighted.precision)} / ${f(m.weighted.recall)} / ${f(m.weighted.f1)}`,
      'confusion (rows actual, columns predicted):',
      `  ${''.padEnd(14)}${m.labels.map((l) => l.slice(0, 10).padStart(11)).join('')}`,
      ...m.confusion.map(
        (row, i) =>
          `  ${(m.labels[i] ?? '').slice(0, 13).padEnd(14)}${row.map((x) => String(x).padStart(11)).join('')}`,
      ),
    );
  } else {
    lines.push(
      `MAE ${f(m.mae)}  RMSE ${f(m.rmse)}  R² ${f(m.r2)}  MAPE ${m.mape === null ? '—' : `${(m.mape * 100).toFixed(2)}%`}`,
    );
  }
  const flagged = r.slices.slices.filter((s) => s.flagged);
  lines.push(`slices: ${r.slices.slices.length} (${flagged.length} flagged); worst:`);
  for (const s of r.slices.slices.slice(0, 5)) {
    lines.push(
      `  ${s.flagged ? '!' : ' '} ${s.feature} = ${s.value}: ${r.slices.metric} ${f(s.metrics[r.slices.metric])} (${s.delta >= 0 ? '+' : ''}${f(s.delta)}, ${s.rows} rows)`,
    );
  }
  if (r.robustness) {
    const rb = r.robustness;
    lines.push(
      `robustness score ${f(rb.score, 3)}; noise ${rb.noise.map((p) => `${p.strength}σ→${f(p.metric, 3)}`).join(' ')}; most sensitive: ${rb.sensitivity
        .slice(0, 3)
        .map((s) => `${s.feature} ${f(s.score, 3)}`)
        .join(', ')}`,
    );
  } else lines.push('robustness: not run (--robustness)');
  if (r.latency) {
    lines.push('latency under load:', latencyLine(`v${r.version}`, r.latency.candidate));
    if (r.latency.production)
      lines.push(latencyLine(`production v${r.latency.production.version}`, r.latency.production));
  } else lines.push('latency: not run (--load-rate R --load-seconds S)');
  if (r.production) {
    const p = r.production.metrics;
    const main = (x: typeof p) =>
      x.kind === 'classification' ? `accuracy ${f(x.accuracy)}` : `MAE ${f(x.mae)}`;
    lines.push(`champion: production v${r.production.version} ${main(p)} vs this version ${main(m)}`);
  }
  lines.push(formatVerdict(r.gate), `evaluation ${r.id} (${r.seconds.toFixed(1)} s)`);
  return lines.join('\n');
}
