import { summarize, trafficRows } from '../../deploy/lib/stats-window';
import { TrafficChart, type TrafficLine } from '../../deploy/traffic/TrafficChart';
import { formatMetric } from '../../train/lib/format-train';
import { useMonitorStore } from '../state/monitor-store';

const RATE: TrafficLine[] = [{ key: 'requests', name: 'requests/s', color: 'var(--chart-1)' }];
const LATENCY: TrafficLine[] = [
  { key: 'p50', name: 'p50', color: 'var(--chart-3)' },
  { key: 'p95', name: 'p95', color: 'var(--chart-2)' },
  { key: 'p99', name: 'p99', color: 'var(--chart-4)' },
];

/** The inference server's request rate and latency over the last minutes (the Deploy step's charts). */
export function MonitorTraffic() {
  const points = useMonitorStore((s) => s.points);
  const totals = useMonitorStore((s) => s.totals);
  const rows = trafficRows(points);
  const recent = summarize(points);
  return (
    <section
      className="monitor-panel"
      aria-labelledby="monitor-traffic-title"
      data-testid="monitor-traffic"
      data-points={points.length}
    >
      <div className="section-head">
        <h3 id="monitor-traffic-title" className="section-title">
          Requests and latency
        </h3>
        <span className="muted">
          {`All models on the inference server · ${formatMetric(recent.rate)} req/s over the last 10 s`}
          {totals ? ` · ${totals.requests.toLocaleString('en-US')} since start, ${totals.errors} errors` : ''}
        </span>
      </div>
      <div className="monitor-traffic-charts">
        <TrafficChart
          title="Request rate"
          testId="monitor-rate-chart"
          rows={rows}
          lines={RATE}
          unit="req/s"
          summary={`${formatMetric(recent.rate)} req/s`}
        />
        <TrafficChart
          title="Latency"
          testId="monitor-latency-chart"
          rows={rows}
          lines={LATENCY}
          unit="ms"
          summary={recent.p95Ms === null ? 'no requests' : `p95 ${formatMetric(recent.p95Ms)} ms`}
        />
      </div>
    </section>
  );
}
