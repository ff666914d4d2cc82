import type { VersionRecord } from '../../../../../shared/data';
import { call } from '../../../transport/client';
import { useLoader } from '../components/use-loader';
import { formatCount, formatNumber, formatPercent } from '../lib/format';

/** Labeling progress for the dataset: rows labeled, per annotator, class counts, and Cohen's kappa. */
export function LabelStatsView({ version, refreshKey }: { version: VersionRecord; refreshKey: string }) {
  const [loaded] = useLoader(
    `${version.id}:${refreshKey}`,
    () => call('labels.stats', { versionId: version.id }),
    true,
  );
  const stats = loaded.state === 'ready' ? loaded.value : null;
  return (
    <section
      className="label-stats"
      aria-labelledby="label-stats-title"
      data-testid="label-stats"
      aria-busy={!stats}
    >
      <h4 id="label-stats-title" className="section-title">
        Labels so far
      </h4>
      {loaded.state === 'error' && <p className="error-text">{loaded.error}</p>}
      {stats && (
        <>
          <p>
            <strong data-testid="stats-labeled">{formatCount(stats.labeledRows)}</strong> of{' '}
            {formatCount(stats.totalRows)} rows labeled{' '}
            <span className="muted">({formatPercent(stats.labeledRows, stats.totalRows)})</span>
          </p>
          <p data-testid="stats-kappa">
            {stats.kappa ? (
              <>
                Cohen’s κ = <strong>{formatNumber(stats.kappa.value, 3)}</strong>{' '}
                <span className="muted">
                  ({stats.kappa.a} vs {stats.kappa.b}, {formatCount(stats.kappa.sharedRows)} shared rows)
                </span>
              </>
            ) : (
              <span className="muted">Agreement (κ) shows once two annotators share rows.</span>
            )}
          </p>
          <p>
            Disagreements:{' '}
            <strong data-testid="stats-disagreements">{formatCount(stats.disagreements)}</strong>
          </p>
          {stats.annotators.length > 0 && (
            <table className="mini-table">
              <caption className="visually-hidden">Labels per annotator</caption>
              <thead>
                <tr>
                  <th scope="col">Annotator</th>
                  <th scope="col">Labeled</th>
                </tr>
              </thead>
              <tbody>
                {stats.annotators.map((a) => (
                  <tr key={a.name} data-annotator={a.name}>
                    <td>{a.name}</td>
                    <td className="num">{formatCount(a.labeled)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {stats.classCounts.length > 0 && (
            <ul className="class-counts">
              {stats.classCounts.map((c) => (
                <li key={c.label}>
                  <span className="mono">{c.label}</span> {formatCount(c.count)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
