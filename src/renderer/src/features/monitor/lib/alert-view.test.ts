import { describe, expect, it } from 'vitest';
import { evidenceEntries, evidenceKeyLabel, markAcknowledged, sortAlerts } from './alert-view';
import { alert } from './test-fixtures';

describe('alert evidence', () => {
  it('turns keys into words', () => {
    expect(evidenceKeyLabel('driftedShare')).toBe('drifted share');
    expect(evidenceKeyLabel('live_metric')).toBe('live metric');
    expect(evidenceKeyLabel('p95Ms')).toBe('p95 ms');
    expect(evidenceKeyLabel('threshold')).toBe('threshold');
  });

  it('lists the numbers in their stored order, null as n/a', () => {
    expect(
      evidenceEntries({ share: 0.6, threshold: 0.5, evaluated: null, rows: 1200, pValue: 0.0123456 }),
    ).toEqual([
      { key: 'share', text: 'share 0.6' },
      { key: 'threshold', text: 'threshold 0.5' },
      { key: 'evaluated', text: 'evaluated n/a' },
      { key: 'rows', text: 'rows 1,200' },
      { key: 'pValue', text: 'p value 0.01235' },
    ]);
    expect(evidenceEntries({})).toEqual([]);
  });
});

describe('alert order and acknowledgement', () => {
  it('lists open alerts first, then the most recently raised', () => {
    const sorted = sortAlerts([
      alert('old-open', { lastSeenAt: '2026-01-01T09:00:00.000Z' }),
      alert('acked', { lastSeenAt: '2026-01-01T12:00:00.000Z', acknowledgedAt: '2026-01-01T12:01:00.000Z' }),
      alert('new-open', { lastSeenAt: '2026-01-01T11:00:00.000Z' }),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['new-open', 'old-open', 'acked']);
  });

  it('marks an acknowledged alert and counts one fewer open', () => {
    const state = { alerts: [alert('a'), alert('b')], openCount: 4 };
    const acked = alert('a', { acknowledgedAt: '2026-01-01T10:05:00.000Z', acknowledgedBy: 'ana' });
    const next = markAcknowledged(state, acked);
    expect(next.openCount).toBe(3);
    expect(next.alerts.map((a) => [a.id, a.acknowledgedBy])).toEqual([
      ['a', 'ana'],
      ['b', null],
    ]);
    expect(markAcknowledged(next, acked).openCount).toBe(3);
    expect(markAcknowledged(state, alert('zzz'))).toBe(state);
    expect(markAcknowledged({ alerts: [alert('a')], openCount: 0 }, acked).openCount).toBe(0);
  });
});
