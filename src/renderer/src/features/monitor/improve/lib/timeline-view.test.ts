import { describe, expect, it } from 'vitest';
import { TimelineKind } from '../../../../../../shared/improve';
import { formatEpoch, formatEpochClock } from '../../lib/format-monitor';
import { timelineEvent } from './test-fixtures';
import {
  formatTimelineValue,
  KIND_VIEW,
  kindView,
  linkChips,
  newestFirst,
  shortId,
  timelineValueEntries,
  windowText,
} from './timeline-view';

describe('timeline view', () => {
  it('has a mark and a label for every kind', () => {
    for (const kind of TimelineKind.options) {
      expect(KIND_VIEW[kind].icon).not.toBe('');
      expect(KIND_VIEW[kind].label).not.toBe('');
    }
    expect(kindView('rollback')).toEqual({ icon: '↩', label: 'Rollback' });
    expect(kindView('unknown')).toEqual({ icon: '•', label: 'unknown' });
  });

  it('puts the newest entry first, then the higher id', () => {
    const events = [
      timelineEvent(1, { at: '2026-01-05T09:00:00.000Z' }),
      timelineEvent(3, { at: '2026-01-05T10:00:00.000Z' }),
      timelineEvent(2, { at: '2026-01-05T09:00:00.000Z' }),
    ];
    expect(newestFirst(events).map((e) => e.id)).toEqual([3, 2, 1]);
    expect(events.map((e) => e.id)).toEqual([1, 3, 2]);
  });

  it('formats each number by what its name says it is', () => {
    expect(formatTimelineValue('driftedShare', 0.4567)).toBe('45.7 %');
    expect(formatTimelineValue('errorRate', 0)).toBe('0 %');
    // A "share" above 1 is not a share: shown as a number.
    expect(formatTimelineValue('driftedShare', 3)).toBe('3');
    expect(formatTimelineValue('liveAccuracy', 0.912345)).toBe('0.9123');
    expect(formatTimelineValue('labels', 12_500)).toBe('12,500');
    expect(formatTimelineValue('trainSeconds', 125)).toBe('2 min 5 s');
    const at = Date.UTC(2026, 0, 5, 9);
    expect(formatTimelineValue('windowFrom', at)).toBe(formatEpoch(at));
    // Small numbers under a time-like name are counts, not dates.
    expect(formatTimelineValue('windowTo', 42)).toBe('42');
    expect(formatTimelineValue('mae', Number.NaN)).toBe('—');
  });

  it('labels the numbers of an entry in the order stored', () => {
    expect(timelineValueEntries({ liveMetric: 0.81, evaluatedMetric: 0.9, driftedShare: 0.25 })).toEqual([
      { key: 'liveMetric', text: 'live metric 0.81' },
      { key: 'evaluatedMetric', text: 'evaluated metric 0.9' },
      { key: 'driftedShare', text: 'drifted share 25 %' },
    ]);
  });

  it('shortens long ids only', () => {
    expect(shortId('run-1')).toBe('run-1');
    expect(shortId('0f3c2a9b-1111-2222-3333-444455556666')).toBe('0f3c2a9b…');
  });

  it('writes a window on one day as two clock times', () => {
    const from = new Date(2026, 0, 5, 8, 0, 0).getTime();
    const to = new Date(2026, 0, 5, 9, 30, 0).getTime();
    expect(windowText({ from, to })).toBe(`${formatEpochClock(from)}–${formatEpochClock(to)}`);
    const nextDay = new Date(2026, 0, 6, 1, 0, 0).getTime();
    expect(windowText({ from, to: nextDay })).toBe(`${formatEpoch(from)} – ${formatEpoch(nextDay)}`);
  });

  it('turns links into chips in evidence order, evaluation and version leading to their steps', () => {
    const from = new Date(2026, 0, 5, 8).getTime();
    const to = new Date(2026, 0, 5, 9).getTime();
    const chips = linkChips({
      version: 4,
      evaluationId: 'eval-0123456789abc',
      runId: 'run-7',
      alertId: 'al-1',
      datasetVersionId: 'dsv-2',
      window: { from, to },
    });
    expect(chips.map((c) => c.key)).toEqual([
      'window',
      'alertId',
      'datasetVersionId',
      'runId',
      'evaluationId',
      'version',
    ]);
    expect(chips.map((c) => c.label)).toEqual([
      `window ${formatEpochClock(from)}–${formatEpochClock(to)}`,
      'alert al-1',
      'dataset version dsv-2',
      'run run-7',
      'evaluation eval-012…',
      'v4',
    ]);
    expect(chips[4]).toMatchObject({
      title: 'evaluation eval-0123456789abc',
      target: { step: 'evaluate', evaluationId: 'eval-0123456789abc' },
    });
    expect(chips[5]?.target).toEqual({ step: 'deploy', version: 4 });
    expect(chips.slice(0, 4).every((c) => c.target === null)).toBe(true);
    expect(linkChips({})).toEqual([]);
  });
});
