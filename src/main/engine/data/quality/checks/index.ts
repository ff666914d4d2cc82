import type { QualityCheck } from '../../../../../shared/data.js';
import type { QualityCheckFn } from '../context.js';
import { classImbalance } from './class-imbalance.js';
import { constantColumn } from './constant-column.js';
import { duplicateRows } from './duplicate-rows.js';
import { extremeOutliers } from './extreme-outliers.js';
import { highMissing } from './high-missing.js';
import { identifierLike } from './identifier-like.js';
import { missingLabels } from './missing-labels.js';
import { mixedTypes } from './mixed-types.js';
import { nearConstantColumn } from './near-constant-column.js';
import { rareCategories } from './rare-categories.js';
import { singleClassTarget } from './single-class-target.js';
import { targetLeakage } from './target-leakage.js';
import { unseenCategories } from './unseen-categories.js';

/** Every check of QUALITY_CHECKS (the Record type makes a missing one a compile error). */
export const CHECKS: Record<QualityCheck, QualityCheckFn> = {
  duplicate_rows: duplicateRows,
  constant_column: constantColumn,
  near_constant_column: nearConstantColumn,
  high_missing: highMissing,
  identifier_like: identifierLike,
  target_leakage: targetLeakage,
  class_imbalance: classImbalance,
  mixed_types: mixedTypes,
  extreme_outliers: extremeOutliers,
  rare_categories: rareCategories,
  unseen_categories: unseenCategories,
  missing_labels: missingLabels,
  single_class_target: singleClassTarget,
};
