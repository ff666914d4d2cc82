import type {
  ColumnProfile,
  DatasetProfile,
  VersionComparison,
  VersionRecord,
} from '../../../../shared/data.js';

type Delta = VersionComparison['profileDeltas'][number];

function side(
  name: string,
  version: VersionRecord,
  profile: DatasetProfile,
): { missing: number; mean: number | null; distinct: number } {
  const p: ColumnProfile | undefined = profile.columns.find((c) => c.name === name);
  const schema = version.columns.find((c) => c.name === name);
  return {
    missing: p?.missing ?? schema?.missing ?? 0,
    mean: p?.numeric ? p.numeric.mean : null,
    distinct: p?.distinct ?? 0,
  };
}

/**
 * What changed from version a to version b: row counts, columns added (in b's order) and removed
 * (in a's order), type changes, and for every column both have (in a's order) missing, mean
 * (numeric columns, else null) and distinct counts before and after. Columns match by name.
 */
export function compareVersions(
  a: VersionRecord,
  b: VersionRecord,
  pa: DatasetProfile,
  pb: DatasetProfile,
): VersionComparison {
  const inA = new Map(a.columns.map((c) => [c.name, c]));
  const inB = new Map(b.columns.map((c) => [c.name, c]));
  const profileDeltas: Delta[] = [];
  const typeChanges: VersionComparison['typeChanges'] = [];
  for (const ca of a.columns) {
    const cb = inB.get(ca.name);
    if (!cb) continue;
    if (ca.type !== cb.type) typeChanges.push({ column: ca.name, from: ca.type, to: cb.type });
    const x = side(ca.name, a, pa);
    const y = side(ca.name, b, pb);
    profileDeltas.push({
      column: ca.name,
      missing: { a: x.missing, b: y.missing },
      mean: { a: x.mean, b: y.mean },
      distinct: { a: x.distinct, b: y.distinct },
    });
  }
  return {
    a: a.id,
    b: b.id,
    rows: { a: a.rows, b: b.rows },
    addedColumns: b.columns.filter((c) => !inA.has(c.name)).map((c) => c.name),
    removedColumns: a.columns.filter((c) => !inB.has(c.name)).map((c) => c.name),
    typeChanges,
    profileDeltas,
  };
}
