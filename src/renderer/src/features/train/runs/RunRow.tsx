import type { RunRecord } from '../../../../../shared/train';
import { formatClock } from '../../../lib/format-time';
import { useJobsStore } from '../../../store/jobs-store';
import { formatMetric, formatMs } from '../lib/format-train';
import { liveStatus, RUN_STATUS_LABEL, shortId } from '../lib/run-status';
import { testMetric, valLoss, valMetric } from '../lib/sort-runs';

/** One run in the runs table: pick it to compare, open it in the live view. */
export function RunRow({
  run,
  selected,
  compared,
  versionLabel,
  onOpen,
  onCompare,
}: {
  run: RunRecord;
  selected: boolean;
  compared: boolean;
  versionLabel: string;
  onOpen: () => void;
  onCompare: () => void;
}) {
  const jobStatus = useJobsStore((s) => (run.jobId ? s.byId[run.jobId]?.status : undefined));
  const status = liveStatus(run.status, jobStatus);
  const name = `run ${shortId(run.id)}`;
  const model = run.modelName && run.modelVersion !== null ? `${run.modelName} v${run.modelVersion}` : '—';
  return (
    <tr
      data-testid="run-row"
      data-run-id={run.id}
      data-status={run.status}
      data-selected={selected || undefined}
    >
      <td>
        <input type="checkbox" aria-label={`Compare ${name}`} checked={compared} onChange={onCompare} />
      </td>
      <th scope="row">
        <button
          type="button"
          className="link-button mono"
          aria-current={selected || undefined}
          onClick={onOpen}
        >
          {shortId(run.id)}
        </button>
        {run.kind === 'trial' && <span className="muted"> trial</span>}
      </th>
      <td>
        <span className="pill" data-tone={status}>
          {RUN_STATUS_LABEL[status]}
        </span>
      </td>
      <td>{run.template}</td>
      <td className="cell-clip" title={versionLabel}>
        {versionLabel}
      </td>
      <td className="num">
        {run.epochsDone} / {run.params.epochs}
      </td>
      <td className="num" title={run.metricName}>
        {formatMetric(valMetric(run))}
        <span className="muted metric-name"> {run.metricName === 'rmse' ? 'rmse' : 'acc'}</span>
      </td>
      <td className="num">{formatMetric(testMetric(run))}</td>
      <td className="num">{formatMetric(valLoss(run))}</td>
      <td>
        <time dateTime={run.createdAt}>{formatClock(run.createdAt)}</time>
      </td>
      <td className="num">{formatMs(run.durationMs || null)}</td>
      <td className="cell-clip" title={model}>
        {model}
      </td>
    </tr>
  );
}
