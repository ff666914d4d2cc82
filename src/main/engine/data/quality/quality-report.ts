import type { DatasetProfile, QualityReport } from '../../../../shared/data.js';
import type { ProfileMeta } from '../profile/profile.js';
import type { Table } from '../table/types.js';

export interface QualityExtras {
  /** Per-row split assignment (0 train, 1 validation, 2 test), when the version has a split. */
  split?: Uint8Array | null;
}

export function qualityReport(_table: Table, _meta: ProfileMeta, _profile: DatasetProfile, _extras: QualityExtras = {}): QualityReport {
  throw new Error('qualityReport: not implemented yet');
}
