import type { DatasetRecord } from '../../../../../shared/data';
import { formatCount } from '../../data/lib/format';

/** Every dataset's versions as option groups, newest version first. */
export function VersionOptions({
  datasets,
  exclude,
}: {
  datasets: DatasetRecord[];
  exclude?: string | null;
}) {
  return (
    <>
      {datasets.map((d) => (
        <optgroup key={d.id} label={d.name}>
          {[...d.versions]
            .sort((a, b) => b.number - a.number)
            .filter((v) => v.id !== exclude)
            .map((v) => (
              <option key={v.id} value={v.id}>
                {d.name} · v{v.number} ({formatCount(v.rows)} rows)
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}
