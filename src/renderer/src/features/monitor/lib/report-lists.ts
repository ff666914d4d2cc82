import type { FeatureDrift } from '../../../../../shared/monitor';
import type { QualityBreach } from '../../../../../shared/monitor-report';
import { formatShare } from '../../evaluate/lib/format-eval';
import { formatMetric } from '../../train/lib/format-train';
import { isPValueMethod, methodLabel, statisticText, thresholdText } from './format-monitor';

/** The prediction-drift line: method, number, rule and verdict; or why there is none. */
export function predictionDriftText(p: FeatureDrift | null): string {
  if (p === null) return 'Not measured: prediction drift is tested for classification models with traffic.';
  const value = (isPValueMethod(p.method) ? p.pValue : p.score) ?? null;
  if (value === null) return `Not measured${p.reason ? `: ${p.reason}` : ''}.`;
  const verdict = p.drifted ? 'drifted' : 'no drift';
  return `${methodLabel(p.method)} ${statisticText(p.method, value)} (drift when ${thresholdText(p.method, p.threshold)}): ${verdict}`;
}

const CHECK_LABELS: Record<QualityBreach['check'], string> = {
  missing_rate: 'Missing rate',
  out_of_range: 'Out of range',
  unseen_categories: 'Unseen categories',
  type_errors: 'Type errors',
};

/** A quality check as a person reads it ("out_of_range" → "Out of range"). */
export function breachCheckLabel(check: QualityBreach['check']): string {
  return CHECK_LABELS[check];
}

/** A breach's number against its limit: shares as percentages ("12 % > 5 %"), counts as counts. */
export function breachValueText(b: Pick<QualityBreach, 'value' | 'threshold'>): string {
  const asShare = b.value <= 1 && b.threshold <= 1;
  const f = asShare ? formatShare : formatMetric;
  return `${f(b.value)} > ${f(b.threshold)}`;
}
