import type { AccuracyMetrics } from '../../../../../shared/evaluate';
import type { ValueUnit } from './format-eval';

/** One headline number of a report (a summary card). */
export interface SummaryCard {
  /** The gate metric name (accuracy, roc_auc, mae…). */
  key: string;
  label: string;
  value: number | null;
  unit: ValueUnit;
  /** What the number means, for the card's title. */
  hint: string;
}

/** A metric of a report by its gate name; null when the metrics do not have it (or it is undefined). */
export function metricOf(m: AccuracyMetrics, key: string): number | null {
  if (m.kind === 'classification') {
    switch (key) {
      case 'accuracy':
        return m.accuracy;
      case 'balanced_accuracy':
        return m.balancedAccuracy;
      case 'f1_macro':
        return m.macro.f1;
      case 'f1_weighted':
        return m.weighted.f1;
      case 'precision_macro':
        return m.macro.precision;
      case 'recall_macro':
        return m.macro.recall;
      case 'roc_auc':
        return m.rocAuc;
      case 'average_precision':
        return m.averagePrecision;
      case 'log_loss':
        return m.logLoss;
      case 'ece':
        return m.ece;
      default:
        return null;
    }
  }
  switch (key) {
    case 'mae':
      return m.mae;
    case 'rmse':
      return m.rmse;
    case 'r2':
      return m.r2;
    case 'mape':
      return m.mape;
    default:
      return null;
  }
}

const CLASSIFICATION_CARDS: Omit<SummaryCard, 'value'>[] = [
  { key: 'accuracy', label: 'Accuracy', unit: 'score', hint: 'Share of rows classified right' },
  {
    key: 'balanced_accuracy',
    label: 'Balanced accuracy',
    unit: 'score',
    hint: 'Mean recall over the classes (not fooled by a majority class)',
  },
  { key: 'roc_auc', label: 'ROC-AUC', unit: 'score', hint: 'How well the scores rank positives first' },
  { key: 'average_precision', label: 'AP', unit: 'score', hint: 'Average precision (area under PR)' },
  {
    key: 'log_loss',
    label: 'Log loss',
    unit: 'score',
    hint: 'Cross-entropy of the probabilities (lower is better)',
  },
  { key: 'ece', label: 'ECE', unit: 'score', hint: 'Expected calibration error (lower is better)' },
];

const REGRESSION_CARDS: Omit<SummaryCard, 'value'>[] = [
  { key: 'mae', label: 'MAE', unit: 'score', hint: 'Mean absolute error, in the target’s units' },
  { key: 'rmse', label: 'RMSE', unit: 'score', hint: 'Root mean squared error, in the target’s units' },
  { key: 'r2', label: 'R²', unit: 'score', hint: 'Share of the target’s variance explained' },
  { key: 'mape', label: 'MAPE', unit: 'share', hint: 'Mean absolute percentage error' },
];

/** The report's summary cards: six for classification, four for regression. */
export function summaryCards(m: AccuracyMetrics): SummaryCard[] {
  const cards = m.kind === 'classification' ? CLASSIFICATION_CARDS : REGRESSION_CARDS;
  return cards.map((c) => ({ ...c, value: metricOf(m, c.key) }));
}
