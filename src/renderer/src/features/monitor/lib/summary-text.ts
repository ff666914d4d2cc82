import type { DatasetDrift } from '../../../../../shared/monitor';
import type { LiveMetrics, MonitorReport } from '../../../../../shared/monitor-report';
import { formatCount } from '../../data/lib/format';
import { formatShare } from '../../evaluate/lib/format-eval';
import { formatMetric } from '../../train/lib/format-train';
import { formatEpoch } from './format-monitor';

/** The dataset verdict in one word or two. */
export function datasetDriftVerdict(d: DatasetDrift): string {
  if (d.total === 0) return 'Not tested';
  return d.drifted ? 'Dataset drifted' : 'No dataset drift';
}

/** "3 of 8 features drifted (37.5 %), threshold 50 %"; says so when no feature could be tested. */
export function datasetDriftText(d: DatasetDrift): string {
  if (d.total === 0) return `No feature could be tested (threshold ${formatShare(d.threshold)})`;
  return `${d.count} of ${d.total} feature${d.total === 1 ? '' : 's'} drifted (${formatShare(d.share)}), threshold ${formatShare(d.threshold)}`;
}

/** The live metric card's title: "Live accuracy" or "Live MAE". */
export function liveMetricTitle(name: LiveMetrics['name']): string {
  return name === 'accuracy' ? 'Live accuracy' : 'Live MAE';
}

/** "120 labeled (12 %)". */
export function labeledText(l: Pick<LiveMetrics, 'labeled' | 'share'>): string {
  return `${formatCount(l.labeled)} labeled (${formatShare(l.share)})`;
}

/** What the live metric is compared with: "vs evaluated 0.912", or that the version was never evaluated. */
export function evaluatedText(l: Pick<LiveMetrics, 'evaluated'>): string {
  return l.evaluated === null ? 'not evaluated yet' : `vs evaluated ${formatMetric(l.evaluated)}`;
}

/** How the live metric card reads: dropped (alert), too few labels, no labels, or fine. */
export type LiveMetricState = 'dropped' | 'no-labels' | 'few-labels' | 'ok';

/** The live metric's state against the report's minimum label count. */
export function liveMetricState(l: LiveMetrics, minLabels: number): LiveMetricState {
  if (l.dropped) return 'dropped';
  if (l.labeled === 0 || l.value === null) return 'no-labels';
  if (l.labeled < minLabels) return 'few-labels';
  return 'ok';
}

/** One line under the live metric saying what its state means and what to do. */
export function liveMetricHint(l: LiveMetrics, minLabels: number, margin: number): string {
  switch (liveMetricState(l, minLabels)) {
    case 'dropped':
      return `Worse than evaluated by more than ${formatMetric(margin)}: check drift, then retrain.`;
    case 'no-labels':
      return 'No feedback labels yet: send true labels to the feedback endpoint with the prediction ids.';
    case 'few-labels':
      return `Fewer than ${formatCount(minLabels)} labels: shown, but no alert is raised yet.`;
    case 'ok':
      return l.evaluated === null
        ? 'Evaluate this version to compare its live metric with the evaluated one.'
        : `Within ${formatMetric(margin)} of the evaluated value.`;
  }
}

/** The window in words: "1,000 predictions in 40 requests, 27 Nov 2026, 08:00 to 27 Nov 2026, 09:10". */
export function windowText(w: MonitorReport['window']): string {
  const what = `${formatCount(w.rows)} prediction${w.rows === 1 ? '' : 's'} in ${formatCount(w.requests)} request${w.requests === 1 ? '' : 's'}`;
  if (w.from === null || w.to === null) return what;
  return `${what}, ${formatEpoch(w.from)} to ${formatEpoch(w.to)}`;
}

/** "the last 1,000 predictions asked; 640 found" when the window is not full. */
export function windowFillText(w: MonitorReport['window']): string | null {
  if (w.requestedRows === null || w.rows >= w.requestedRows) return null;
  return `${formatCount(w.requestedRows)} asked, ${formatCount(w.rows)} logged so far`;
}
