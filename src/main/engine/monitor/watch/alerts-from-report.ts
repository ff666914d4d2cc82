import type { RaiseAlertInput } from '../../../../shared/alerts.js';
import type { MonitorReport } from '../../../../shared/monitor-report.js';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const num = (x: number | null) => (x === null ? 'none' : String(Number(x.toPrecision(4))));

/**
 * The alerts a monitoring report calls for: data drift (the dataset-level verdict), a live metric
 * below the evaluated one, and data-quality breaches — each with its numbers and window as
 * evidence and a dedupe key per model version and kind, so a condition that lasts stays one open
 * alert (raised again, counted) until a person acknowledges it.
 */
export function alertsFromReport(r: MonitorReport): RaiseAlertInput[] {
  const out: RaiseAlertInput[] = [];
  const label = `${r.modelName} v${r.version}`;
  const window =
    r.window.from !== null && r.window.to !== null
      ? {
          from: new Date(r.window.from).toISOString(),
          to: new Date(r.window.to).toISOString(),
          rows: r.window.rows,
        }
      : null;
  const base = { modelName: r.modelName, version: r.version };
  if (r.datasetDrift.drifted) {
    const drifted = r.features.filter((f) => f.drifted).map((f) => f.feature);
    out.push({
      ...base,
      kind: 'drift',
      severity: 'warning',
      title: `Data drift in ${label}`,
      message: `${r.datasetDrift.count} of ${r.datasetDrift.total} features drifted in the last ${r.window.rows} predictions (${pct(r.datasetDrift.share)} ≥ ${pct(r.datasetDrift.threshold)}): ${drifted.join(', ')}. Compare their distributions in the Monitor step; label recent traffic and retrain if the model's accuracy suffers.`,
      evidence: {
        values: {
          share: r.datasetDrift.share,
          threshold: r.datasetDrift.threshold,
          drifted: r.datasetDrift.count,
        },
        window,
        links: {},
        details: {
          features: r.features
            .filter((f) => f.drifted)
            .map((f) => ({
              feature: f.feature,
              method: f.method,
              score: f.score ?? null,
              pValue: f.pValue ?? null,
              threshold: f.threshold,
            })),
        },
      },
      dedupeKey: `drift:${r.modelName}:${r.version}`,
    });
  }
  const l = r.liveMetrics;
  if (l.dropped) {
    out.push({
      ...base,
      kind: 'performance',
      severity: 'critical',
      title: `Live ${l.name} of ${label} dropped`,
      message: `Live ${l.name} is ${num(l.value)} over ${l.labeled} labeled predictions; the evaluation measured ${num(l.evaluated)} (margin ${r.thresholds.liveMetricMargin}). Retrain on recent labeled traffic or roll back.`,
      evidence: {
        values: {
          live: l.value,
          evaluated: l.evaluated,
          labeled: l.labeled,
          margin: r.thresholds.liveMetricMargin,
        },
        window,
        links: {},
        details: {},
      },
      dedupeKey: `performance:${r.modelName}:${r.version}`,
    });
  }
  if (r.quality.breaches.length > 0) {
    out.push({
      ...base,
      kind: 'quality',
      severity: 'warning',
      title: `Data quality breach in ${label}`,
      message: `${r.quality.breaches.map((b) => b.message).join('; ')}. Check the clients sending these values.`,
      evidence: {
        values: Object.fromEntries(r.quality.breaches.map((b) => [`${b.feature}.${b.check}`, b.value])),
        window,
        links: {},
        details: { breaches: r.quality.breaches },
      },
      dedupeKey: `quality:${r.modelName}:${r.version}`,
    });
  }
  return out;
}
