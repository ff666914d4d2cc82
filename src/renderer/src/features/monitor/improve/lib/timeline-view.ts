import type { TimelineEvent, TimelineKind, TimelineLinks } from '../../../../../../shared/improve';
import { formatDuration } from '../../../../lib/format-time';
import { formatMetric } from '../../../train/lib/format-train';
import { evidenceKeyLabel } from '../../lib/alert-view';
import { formatEpoch, formatEpochClock } from '../../lib/format-monitor';

/** A timeline kind's mark and words (plain symbols: they read the same in every theme and font). */
export const KIND_VIEW: Record<TimelineKind, { icon: string; label: string }> = {
  alert: { icon: '⚠', label: 'Alert' },
  trigger: { icon: '▶', label: 'Trigger' },
  dataset: { icon: '▤', label: 'Training data' },
  train: { icon: '⚙', label: 'Training' },
  evaluate: { icon: '◎', label: 'Evaluation' },
  gate: { icon: '◆', label: 'Gate' },
  approval: { icon: '✋', label: 'Approval' },
  promote: { icon: '⬆', label: 'Promotion' },
  watch: { icon: '◉', label: 'Watch' },
  rollback: { icon: '↩', label: 'Rollback' },
  failure: { icon: '✕', label: 'Failure' },
  interrupted: { icon: '⏸', label: 'Interrupted' },
  backoff: { icon: '⏳', label: 'Backoff' },
  skip: { icon: '↷', label: 'Skipped' },
  labels: { icon: '✎', label: 'Labels' },
  demo: { icon: '★', label: 'Demo' },
};

export function kindView(kind: string): { icon: string; label: string } {
  return KIND_VIEW[kind as TimelineKind] ?? { icon: '•', label: kind };
}

/** Newest first (by time, then by id: entries written in the same millisecond keep their order). */
export function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => (a.at === b.at ? b.id - a.id : a.at < b.at ? 1 : -1));
}

const SHARE = /(share|rate|fraction|ratio)$/i;
const EPOCH = /(at|time|from|to|ms)$/i;
const SECONDS = /seconds$/i;

/**
 * One number of a timeline entry, read by its name: shares and rates as percentages, epoch
 * milliseconds as a date, seconds as a duration, anything else with four significant digits.
 */
export function formatTimelineValue(key: string, value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (SHARE.test(key) && value >= 0 && value <= 1) return `${Number((value * 100).toFixed(1))} %`;
  // Epoch milliseconds are > 1e11 (after 1973); smaller numbers under such names are counts.
  if (EPOCH.test(key) && value > 1e11) return formatEpoch(value);
  if (SECONDS.test(key)) return formatDuration(value);
  return formatMetric(value);
}

/** A timeline entry's numbers as "label value" texts, in the order stored. */
export function timelineValueEntries(
  values: Readonly<Record<string, number>>,
): { key: string; text: string }[] {
  return Object.entries(values).map(([key, v]) => ({
    key,
    text: `${evidenceKeyLabel(key)} ${formatTimelineValue(key, v)}`,
  }));
}

/** Where a chip leads: another step (evaluation report, deployed version), or nowhere (the id is shown). */
export type ChipTarget =
  | { step: 'evaluate'; evaluationId: string }
  | { step: 'deploy'; version: number }
  | null;

export interface LinkChip {
  key: keyof TimelineLinks;
  label: string;
  /** The whole id (the label may shorten it). */
  title: string;
  target: ChipTarget;
}

/** A long id cut to its first 8 characters (the chip's title keeps it whole). */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/** A window of epoch ms: "08:00:00–09:00:00" on one day, else both dates. */
export function windowText(window: { from: number; to: number }): string {
  const from = new Date(window.from);
  const to = new Date(window.to);
  if (from.toDateString() === to.toDateString())
    return `${formatEpochClock(window.from)}–${formatEpochClock(window.to)}`;
  return `${formatEpoch(window.from)} – ${formatEpoch(window.to)}`;
}

/**
 * The evidence links as chips, in the order the evidence came about: window → alert → training
 * data → run (or tuning, job) → evaluation → version.
 */
export function linkChips(links: TimelineLinks): LinkChip[] {
  const chips: LinkChip[] = [];
  if (links.window) {
    chips.push({
      key: 'window',
      label: `window ${windowText(links.window)}`,
      title: `Monitoring window ${formatEpoch(links.window.from)} – ${formatEpoch(links.window.to)}`,
      target: null,
    });
  }
  const id = (
    key: keyof TimelineLinks,
    word: string,
    value: string | undefined,
    target: ChipTarget = null,
  ) => {
    if (value) chips.push({ key, label: `${word} ${shortId(value)}`, title: `${word} ${value}`, target });
  };
  id('alertId', 'alert', links.alertId);
  id('datasetVersionId', 'dataset version', links.datasetVersionId);
  id('runId', 'run', links.runId);
  id('tuningId', 'tuning', links.tuningId);
  id('jobId', 'job', links.jobId);
  if (links.evaluationId) {
    id('evaluationId', 'evaluation', links.evaluationId, {
      step: 'evaluate',
      evaluationId: links.evaluationId,
    });
  }
  if (links.version !== undefined) {
    chips.push({
      key: 'version',
      label: `v${links.version}`,
      title: `version ${links.version}`,
      target: { step: 'deploy', version: links.version },
    });
  }
  return chips;
}
