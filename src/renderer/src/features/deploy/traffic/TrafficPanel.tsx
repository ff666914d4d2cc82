import { formatMetric } from '../../train/lib/format-train';
import { summarize, trafficRows } from '../lib/stats-window';
import { useDeployStore } from '../state/deploy-store';
import { RecentRequests } from './RecentRequests';
import { TrafficChart, type TrafficLine } from './TrafficChart';

const RATE: TrafficLine[] = [{ key: 'requests', name: 'requests/s', color: 'var(--chart-1)' }];
const LATENCY: TrafficLine[] = [
  { key: 'p50', name: 'p50', color: 'var(--chart-3)' },
  { key: 'p95', name: 'p95', color: 'var(--chart-2)' },
  { key: 'p99', name: 'p99', color: 'var(--chart-4)' },
];
const ERRORS: TrafficLine[] = [{ key: 'errorRate', name: 'errors %', color: 'var(--chart-6)' }];

/** Live request rate, latency percentiles and error rate (serve.stats), and the latest predictions. */
export function TrafficPanel() {
  const points = useDeployStore((s) => s.points);
  const totals = useDeployStore((s) => s.totals);
  const rows = trafficRows(points);
  const recent = summarize(points);
  const windowRequests = points.reduce((n, p) => n + p.requests, 0);
  return (
    <section className="traffic-panel" aria-labelledby="traffic-title" data-testid="traffic-panel">
      <div className="section-head">
        <h3 id="traffic-title" className="section-title">
          Live traffic
        </h3>
        <span className="muted" data-testid="traffic-summary" data-window-requests={windowRequests}>
          {`${formatMetric(recent.rate)} req/s over the last 10 s · ${windowRequests} requests in the last ${points.length} s`}
          {totals ? ` · ${totals.requests} since start, ${totals.errors} errors` : ''}
        </span>
      </div>
      <div className="traffic-charts">
        <TrafficChart
          title="Request rate"
          testId="rate-chart"
          rows={rows}
          lines={RATE}
          unit="req/s"
          summary={`${formatMetric(recent.rate)} req/s`}
        />
        <TrafficChart
          title="Latency"
          testId="latency-chart"
          rows={rows}
          lines={LATENCY}
          unit="ms"
          summary={recent.p95Ms === null ? 'no requests' : `p95 ${formatMetric(recent.p95Ms)} ms`}
        />
        <TrafficChart
          title="Error rate"
          testId="error-chart"
          rows={rows}
          lines={ERRORS}
          unit="%"
          summary={recent.errorRate === null ? 'no requests' : `${formatMetric(recent.errorRate)} %`}
        />
      </div>
      <RecentRequests />
    </section>
  );
}
