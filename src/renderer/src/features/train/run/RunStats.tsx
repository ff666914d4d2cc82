import type { JobRecord } from '../../../../../shared/jobs';
import type { RunRecord, RunStatus } from '../../../../../shared/train';
import { formatEta } from '../../../lib/format-time';
import { formatMetric, formatMs, formatThroughput } from '../lib/format-train';
import type { RunCurves } from '../lib/run-curves';
import { isRunActive, metricLabel } from '../lib/run-status';

function Stat({
  label,
  value,
  testId,
  wide,
}: {
  label: string;
  value: string;
  testId: string;
  wide?: boolean;
}) {
  return (
    <div className={wide ? 'run-stat run-stat-wide' : 'run-stat'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** Epoch x / y, throughput, ETA, the best validation metric, time, and where it trains. */
export function RunStats({
  run,
  job,
  curves,
  status,
}: {
  run: RunRecord;
  job: JobRecord | undefined;
  curves: RunCurves;
  status: RunStatus;
}) {
  const active = isRunActive(status);
  const total = run.params.epochs;
  const trained = Math.max(run.epochsDone, curves.epochs[curves.epochs.length - 1]?.x ?? 0);
  const stoppedEarly = status === 'succeeded' && run.kind === 'train' && trained < total;
  const epoch = active
    ? `epoch ${Math.min(curves.currentEpoch, total)} / ${total}`
    : `${trained} / ${total} epochs${stoppedEarly ? ' (stopped early)' : ''}`;
  const eta = active ? formatEta(job?.etaSeconds) || 'estimating…' : '—';
  const best =
    run.metrics?.[run.metricName] ??
    curves.epochs.reduce<number | null>((b, p) => {
      if (p.valMetric === undefined) return b;
      if (b === null) return p.valMetric;
      return run.metricName === 'rmse' ? Math.min(b, p.valMetric) : Math.max(b, p.valMetric);
    }, null);
  // While it trains: time since its job started (this render follows the job's progress events).
  const started = job?.startedAt ? Date.parse(job.startedAt) : Number.NaN;
  const elapsed =
    active && Number.isFinite(started) ? run.durationMs + Date.now() - started : run.durationMs || null;
  return (
    <dl className="run-stats">
      <Stat label="Progress" value={epoch} testId="run-epoch" />
      <Stat
        label="Throughput"
        value={formatThroughput(active ? curves.samplesPerSec : (run.samplesPerSec ?? curves.samplesPerSec))}
        testId="run-throughput"
      />
      <Stat label="Time left" value={eta} testId="run-eta" />
      <Stat
        label={`Best validation ${metricLabel(run.metricName)}`}
        value={formatMetric(best)}
        testId="run-best"
      />
      <Stat label="Training time" value={formatMs(elapsed)} testId="run-duration" />
      <Stat
        label="Backend"
        value={run.backend ? `${run.backend} · ${run.device}` : 'chosen when it starts'}
        testId="run-backend"
        wide
      />
    </dl>
  );
}
