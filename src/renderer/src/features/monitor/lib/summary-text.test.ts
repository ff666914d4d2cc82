import { describe, expect, it } from 'vitest';
import type { LiveMetrics } from '../../../../../shared/monitor-report';
import { formatEpoch } from './format-monitor';
import {
  datasetDriftText,
  datasetDriftVerdict,
  evaluatedText,
  labeledText,
  liveMetricHint,
  liveMetricState,
  liveMetricTitle,
  windowFillText,
  windowText,
} from './summary-text';

const live = (patch: Partial<LiveMetrics> = {}): LiveMetrics => ({
  name: 'accuracy',
  value: 0.88,
  f1: 0.85,
  labeled: 40,
  share: 0.04,
  evaluated: 0.9,
  dropped: false,
  ...patch,
});

describe('dataset drift text', () => {
  it('gives the verdict and the share against the threshold', () => {
    const d = { drifted: false, share: 0.375, count: 3, total: 8, threshold: 0.5 };
    expect(datasetDriftVerdict(d)).toBe('No dataset drift');
    expect(datasetDriftText(d)).toBe('3 of 8 features drifted (37.5 %), threshold 50 %');
    const one = { drifted: true, share: 1, count: 1, total: 1, threshold: 0.5 };
    expect(datasetDriftVerdict(one)).toBe('Dataset drifted');
    expect(datasetDriftText(one)).toBe('1 of 1 feature drifted (100 %), threshold 50 %');
  });

  it('says so when no feature could be tested', () => {
    const none = { drifted: false, share: 0, count: 0, total: 0, threshold: 0.6 };
    expect(datasetDriftVerdict(none)).toBe('Not tested');
    expect(datasetDriftText(none)).toBe('No feature could be tested (threshold 60 %)');
  });
});

describe('live metric text', () => {
  it('names the metric, the labels and what it is compared with', () => {
    expect(liveMetricTitle('accuracy')).toBe('Live accuracy');
    expect(liveMetricTitle('mae')).toBe('Live MAE');
    expect(labeledText({ labeled: 1200, share: 0.12 })).toBe('1,200 labeled (12 %)');
    expect(evaluatedText({ evaluated: 0.9123 })).toBe('vs evaluated 0.9123');
    expect(evaluatedText({ evaluated: null })).toBe('not evaluated yet');
  });

  it('tells a drop, missing or scarce labels, and a healthy metric apart', () => {
    expect(liveMetricState(live({ dropped: true }), 30)).toBe('dropped');
    expect(liveMetricState(live({ labeled: 0, value: null, share: 0 }), 30)).toBe('no-labels');
    expect(liveMetricState(live({ labeled: 10 }), 30)).toBe('few-labels');
    expect(liveMetricState(live(), 30)).toBe('ok');
  });

  it('says what each state means', () => {
    expect(liveMetricHint(live({ dropped: true }), 30, 0.05)).toBe(
      'Worse than evaluated by more than 0.05: check drift, then retrain.',
    );
    expect(liveMetricHint(live({ labeled: 0, value: null }), 30, 0.05)).toBe(
      'No feedback labels yet: send true labels to the feedback endpoint with the prediction ids.',
    );
    expect(liveMetricHint(live({ labeled: 10 }), 30, 0.05)).toBe(
      'Fewer than 30 labels: shown, but no alert is raised yet.',
    );
    expect(liveMetricHint(live(), 30, 0.05)).toBe('Within 0.05 of the evaluated value.');
    expect(liveMetricHint(live({ evaluated: null }), 30, 0.05)).toBe(
      'Evaluate this version to compare its live metric with the evaluated one.',
    );
  });
});

describe('window text', () => {
  const w = { kind: 'count' as const, requestedRows: 1000, rows: 1000, requests: 40, from: null, to: null };

  it('counts predictions and requests, with the time span when known', () => {
    expect(windowText(w)).toBe('1,000 predictions in 40 requests');
    expect(windowText({ ...w, rows: 1, requests: 1 })).toBe('1 prediction in 1 request');
    const from = Date.UTC(2026, 0, 1, 8);
    const to = Date.UTC(2026, 0, 1, 9);
    expect(windowText({ ...w, from, to })).toBe(
      `1,000 predictions in 40 requests, ${formatEpoch(from)} to ${formatEpoch(to)}`,
    );
  });

  it('says when the window is not full yet', () => {
    expect(windowFillText({ ...w, rows: 640 })).toBe('1,000 asked, 640 logged so far');
    expect(windowFillText(w)).toBeNull();
    expect(windowFillText({ ...w, kind: 'time', requestedRows: null, rows: 5 })).toBeNull();
  });
});
