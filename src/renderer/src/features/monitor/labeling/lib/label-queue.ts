import type { Cell } from '../../../../../../shared/data';
import type { ProductionLabelItem, ProductionLabelQueue } from '../../../../../../shared/improve';
import { cellText, formatPercent } from '../../../data/lib/format';
import { formatMetric } from '../../../train/lib/format-train';

/** The true value typed for a regression model's prediction, or what to fix. */
export function parseNumberLabel(text: string): { value: number } | { error: string } {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return { error: 'Type the true value.' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { error: `“${text.trim()}” is not a number: type one, e.g. 12.5.` };
  return { value };
}

/** Why an item is queued, with its score: "drift · 40 % of features drifted", "uncertain · 0.412". */
export function reasonText(item: Pick<ProductionLabelItem, 'reason' | 'score'>): string {
  if (item.reason === 'drift') return `drift · ${formatPercent(item.score, 1)} of features drifted`;
  return `uncertain · ${formatMetric(item.score)}`;
}

/** What the score means, for the reason's tooltip. */
export function scoreHelp(reason: ProductionLabelItem['reason']): string {
  return reason === 'drift'
    ? 'From a window whose inputs drifted: the share of features that drifted in it.'
    : 'One of the least certain answers: 1 − the top class probability (higher = less certain).';
}

/** A prediction or an input as table text; missing shows as a dash. */
export function valueText(value: Cell | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return formatMetric(value);
  return cellText(value) || '—';
}

/**
 * The input columns of the table: every feature of the items in the order first seen, at most
 * `max` (the rest are counted, and shown in the item's own view).
 */
export function featureColumns(
  items: readonly Pick<ProductionLabelItem, 'features'>[],
  max = 8,
): { shown: string[]; hidden: number } {
  const all: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    for (const name of Object.keys(item.features)) {
      if (!seen.has(name)) {
        seen.add(name);
        all.push(name);
      }
    }
  }
  return { shown: all.slice(0, max), hidden: Math.max(0, all.length - max) };
}

/** The item to show after a re-read: the one shown while still pending, else the first pending. */
export function keepSelection(items: readonly ProductionLabelItem[], selected: string | null): string | null {
  const pending = items.filter((i) => i.label === null);
  if (selected && pending.some((i) => i.predictionId === selected)) return selected;
  return pending[0]?.predictionId ?? null;
}

/**
 * The queue once an item is labeled: the item leaves the pending list, the counts are the
 * engine's, and the next item is the one after it (else the one before, else none).
 */
export function afterSubmit(
  queue: ProductionLabelQueue,
  predictionId: string,
  counts: { pending: number; labeled: number },
): { queue: ProductionLabelQueue; next: string | null } {
  const pending = queue.items.filter((i) => i.label === null);
  const at = pending.findIndex((i) => i.predictionId === predictionId);
  const rest = pending.filter((i) => i.predictionId !== predictionId);
  const next = at < 0 ? (rest[0] ?? null) : (rest[at] ?? rest[at - 1] ?? null);
  return {
    queue: {
      ...queue,
      items: queue.items.filter((i) => i.predictionId !== predictionId),
      pending: counts.pending,
      labeled: counts.labeled,
    },
    next: next?.predictionId ?? null,
  };
}
