import type { DatasetProfile, VersionComparison, VersionRecord } from '../../../../shared/data.js';

export function compareVersions(_a: VersionRecord, _b: VersionRecord, _pa: DatasetProfile, _pb: DatasetProfile): VersionComparison {
  throw new Error('compareVersions: not implemented yet');
}
