import type { QualityCheck } from '../../../../../shared/data';

const LABEL: Record<QualityCheck, string> = {
  duplicate_rows: 'Duplicate rows',
  constant_column: 'Constant columns',
  near_constant_column: 'Near-constant columns',
  high_missing: 'Missing values',
  identifier_like: 'Identifier-like columns',
  target_leakage: 'Target leakage',
  class_imbalance: 'Class imbalance',
  mixed_types: 'Mixed types',
  extreme_outliers: 'Extreme outliers',
  rare_categories: 'Rare categories',
  unseen_categories: 'Categories unseen in train',
  missing_labels: 'Missing labels',
  single_class_target: 'Single-class target',
};

export function checkLabel(check: QualityCheck): string {
  return LABEL[check] ?? check;
}
