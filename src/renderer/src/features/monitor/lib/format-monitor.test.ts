import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../lib/format-time';
import { formatWhen } from '../../data/lib/format';
import {
  formatEpoch,
  formatEpochClock,
  formatPValue,
  formatScore,
  isPValueMethod,
  methodLabel,
  statisticText,
  thresholdText,
} from './format-monitor';

describe('drift number formatting', () => {
  it('tells tests from distances and names the methods', () => {
    expect(['ks', 'chi2', 'z'].map(isPValueMethod)).toEqual([true, true, true]);
    expect(['wasserstein', 'jensenshannon', 'psi'].map(isPValueMethod)).toEqual([false, false, false]);
    expect(methodLabel('ks')).toBe('KS test');
    expect(methodLabel('jensenshannon')).toBe('Jensen–Shannon');
    expect(methodLabel('wasserstein')).toBe('Wasserstein (normed)');
    expect(methodLabel('energy')).toBe('energy');
  });

  it('formats p-values with three significant digits, tiny ones as "< 0.0001"', () => {
    expect(formatPValue(0.0312)).toBe('0.0312');
    expect(formatPValue(0.123456)).toBe('0.123');
    expect(formatPValue(1)).toBe('1');
    expect(formatPValue(0.0001)).toBe('0.0001');
    expect(formatPValue(0.00005)).toBe('< 0.0001');
    expect(formatPValue(0)).toBe('< 0.0001');
    expect(formatPValue(null)).toBe('—');
    expect(formatPValue(Number.NaN)).toBe('—');
  });

  it('formats scores with three significant digits', () => {
    expect(formatScore(0.123456)).toBe('0.123');
    expect(formatScore(12.345)).toBe('12.3');
    expect(formatScore(0)).toBe('0');
    expect(formatScore(0.0004)).toBe('< 0.001');
    expect(formatScore(1234.5)).toBe('1,235');
    expect(formatScore(undefined)).toBe('—');
  });

  it('states the deciding number and the rule', () => {
    expect(statisticText('ks', 0.0312)).toBe('p = 0.0312');
    expect(statisticText('chi2', 1e-9)).toBe('p = < 0.0001');
    expect(statisticText('psi', 0.25)).toBe('0.25');
    expect(statisticText('ks', null)).toBe('—');
    expect(thresholdText('chi2', 0.05)).toBe('p < 0.05');
    expect(thresholdText('jensenshannon', 0.1)).toBe('≥ 0.1');
  });

  it('shows epoch times the way the app shows ISO times', () => {
    const ms = Date.UTC(2026, 10, 27, 8, 0, 5);
    const iso = new Date(ms).toISOString();
    expect(formatEpoch(ms)).toBe(formatWhen(iso));
    expect(formatEpochClock(ms)).toBe(formatClock(iso));
    expect(formatEpoch(null)).toBe('—');
    expect(formatEpochClock(Number.NaN)).toBe('');
  });
});
