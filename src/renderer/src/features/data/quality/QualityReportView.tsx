import type { QualityFinding, VersionRecord } from '../../../../../shared/data';
import { LoadState } from '../components/LoadState';
import { useLoader } from '../components/use-loader';
import { loadQuality } from '../state/analysis-cache';
import { checkLabel } from './check-labels';
import { FindingCard } from './FindingCard';

const SEVERITIES = [
  { id: 'error', title: 'Errors' },
  { id: 'warning', title: 'Warnings' },
  { id: 'info', title: 'Notes' },
] as const satisfies readonly { id: QualityFinding['severity']; title: string }[];

/** The quality report: findings by severity with one-click fixes, the checks that passed, and those that did not apply. */
export function QualityReportView({ version }: { version: VersionRecord }) {
  const [loaded, retry] = useLoader(version.id, () => loadQuality(version.id));
  if (loaded.state !== 'ready')
    return <LoadState loaded={loaded} what="Running the quality checks" retry={retry} />;
  const report = loaded.value;
  return (
    <div className="quality-view">
      {report.findings.length === 0 && <p className="success-text">No problems found.</p>}
      {SEVERITIES.map(({ id, title }) => {
        const findings = report.findings.filter((f) => f.severity === id);
        if (findings.length === 0) return null;
        return (
          <section key={id} className="quality-group" aria-labelledby={`quality-${id}`} data-severity={id}>
            <h4 id={`quality-${id}`} className="section-title">
              {title} <span className="muted">({findings.length})</span>
            </h4>
            <ul className="finding-list">
              {findings.map((f) => (
                <FindingCard key={f.id} finding={f} version={version} />
              ))}
            </ul>
          </section>
        );
      })}
      {report.passed.length > 0 && (
        <section className="quality-passed" aria-labelledby="quality-passed">
          <h4 id="quality-passed" className="section-title">
            Passed <span className="muted">({report.passed.length})</span>
          </h4>
          <ul className="passed-list">
            {report.passed.map((check) => (
              <li key={check} className="pill" data-tone="done">
                {checkLabel(check)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.skipped.length > 0 && (
        <section className="quality-skipped" aria-labelledby="quality-skipped">
          <h4 id="quality-skipped" className="section-title">
            Not checked <span className="muted">({report.skipped.length})</span>
          </h4>
          <ul className="skipped-list">
            {report.skipped.map((s) => (
              <li key={s.check}>
                <span className="pill">{checkLabel(s.check)}</span> <span className="muted">{s.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
