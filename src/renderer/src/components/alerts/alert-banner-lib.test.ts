import { describe, expect, it } from 'vitest';
import { alertContext, bannerAlert, openAlertsLabel, severityLabel, withoutAlert } from './alert-banner-lib';
import { alertRecord } from './test-alerts';

const alert = alertRecord;

describe('bannerAlert', () => {
  it('shows the newest open alert of the highest severity', () => {
    const oldWarning = alert('a', { createdAt: '2026-01-01T09:00:00.000Z' });
    const newWarning = alert('b', { createdAt: '2026-01-01T11:00:00.000Z' });
    expect(bannerAlert([oldWarning, newWarning])?.id).toBe('b');
    const olderCritical = alert('c', { severity: 'critical', createdAt: '2026-01-01T08:00:00.000Z' });
    const newestInfo = alert('d', { severity: 'info', createdAt: '2026-01-01T12:00:00.000Z' });
    expect(bannerAlert([newestInfo, newWarning, olderCritical, oldWarning])?.id).toBe('c');
  });

  it('skips acknowledged alerts and is null when none is open', () => {
    const acked = alert('a', {
      severity: 'critical',
      acknowledgedAt: '2026-01-01T10:05:00.000Z',
      acknowledgedBy: 'ana',
    });
    expect(bannerAlert([acked, alert('b', { severity: 'info' })])?.id).toBe('b');
    expect(bannerAlert([acked])).toBeNull();
    expect(bannerAlert([])).toBeNull();
  });
});

describe('banner words', () => {
  it('counts open alerts in words', () => {
    expect(openAlertsLabel(1)).toBe('1 open alert');
    expect(openAlertsLabel(0)).toBe('0 open alerts');
    expect(openAlertsLabel(12)).toBe('12 open alerts');
  });

  it('names the severity and the context: model, version, kind, repeats', () => {
    expect(severityLabel('critical')).toBe('Critical');
    expect(alertContext(alert('a'))).toBe('churn v2 · Drift');
    expect(alertContext(alert('a', { version: null, kind: 'server_errors', count: 4 }))).toBe(
      'churn · Server errors · raised 4 times',
    );
    expect(alertContext(alert('a', { kind: 'quality' }))).toBe('churn v2 · Data quality');
  });
});

describe('withoutAlert', () => {
  it('drops an acknowledged alert and lowers the open count; an unknown id changes nothing', () => {
    const state = { alerts: [alert('a'), alert('b')], openCount: 7 };
    expect(withoutAlert(state, 'a')).toEqual({ alerts: [state.alerts[1]], openCount: 6 });
    expect(withoutAlert(state, 'zzz')).toBe(state);
    expect(withoutAlert({ alerts: [alert('a')], openCount: 0 }, 'a')).toEqual({ alerts: [], openCount: 0 });
  });
});
