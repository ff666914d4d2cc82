import { describe, expect, it } from 'vitest';
import {
  formatLatency,
  formatMetricValue,
  formatRange,
  formatRate,
  formatShare,
  formatSigned,
  metricUnit,
} from './format-eval';
import { isLowerBetter, metricLabel } from './metric-names';

describe('evaluation formatting', () => {
  it('shows shares as percentages with three significant digits', () => {
    expect(formatShare(0.1234)).toBe('12.3 %');
    expect(formatShare(0.000412)).toBe('0.0412 %');
    expect(formatShare(1)).toBe('100 %');
    expect(formatShare(null)).toBe('—');
    expect(formatShare(Number.NaN)).toBe('—');
  });

  it('shows latency in ms, or seconds from a second up', () => {
    expect(formatLatency(0.41234)).toBe('0.412 ms');
    expect(formatLatency(12.34)).toBe('12.3 ms');
    expect(formatLatency(1250)).toBe('1.25 s');
    expect(formatLatency(undefined)).toBe('—');
  });

  it('shows request rates with separators when large', () => {
    expect(formatRate(1234.4)).toBe('1,234 req/s');
    expect(formatRate(45.61)).toBe('45.6 req/s');
  });

  it('formats each metric in its unit', () => {
    expect(metricUnit('latency_p95_ms')).toBe('ms');
    expect(metricUnit('accuracy')).toBe('score');
    expect(formatMetricValue('error_rate', 0.015)).toBe('1.5 %');
    expect(formatMetricValue('throughput_rps', 5000)).toBe('5,000 req/s');
    expect(formatMetricValue('accuracy', 0.856249)).toBe('0.8562');
  });

  it('signs differences', () => {
    expect(formatSigned(0.01234)).toBe('+0.01234');
    expect(formatSigned(-0.5, 'ms')).toBe('−0.5 ms');
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(-0.02, 'share')).toBe('−2 %');
    expect(formatSigned(null)).toBe('—');
  });

  it('writes bins half-open', () => {
    expect(formatRange(0.1, 0.2)).toBe('[0.1, 0.2)');
  });

  it('knows which metrics are better lower and names them', () => {
    expect(isLowerBetter('mae')).toBe(true);
    expect(isLowerBetter('latency_p99_ms')).toBe(true);
    expect(isLowerBetter('accuracy')).toBe(false);
    expect(isLowerBetter('something_else')).toBe(false);
    expect(metricLabel('roc_auc')).toBe('ROC-AUC');
    expect(metricLabel('r2')).toBe('R²');
    expect(metricLabel('custom')).toBe('custom');
  });
});
