import type { VersionRecord } from '../../../../../shared/data';
import { LoadState } from '../components/LoadState';
import { useLoader } from '../components/use-loader';
import { formatCount } from '../lib/format';
import { loadProfile } from '../state/analysis-cache';
import { ColumnProfileCard } from './ColumnProfileCard';
import { TargetDistribution } from './TargetDistribution';

/** Column profiles of a version: one card per column, and the target's distribution. */
export function ProfileView({ version }: { version: VersionRecord }) {
  const [loaded, retry] = useLoader(version.id, () => loadProfile(version.id));
  if (loaded.state !== 'ready')
    return (
      <LoadState loaded={loaded} what="Profiling the columns (the first time takes a moment)" retry={retry} />
    );
  const profile = loaded.value;
  return (
    <div className="profile-view">
      <p className="muted">
        {formatCount(profile.rows)} rows profiled in {formatCount(profile.computedMs)} ms.
        {profile.target
          ? ''
          : ' Set a target in Columns to see its distribution and each column’s association with it.'}
      </p>
      {profile.target && <TargetDistribution target={profile.target} />}
      <div className="profile-grid">
        {profile.columns.map((c) => (
          <ColumnProfileCard key={c.name} column={c} rows={profile.rows} />
        ))}
      </div>
    </div>
  );
}
