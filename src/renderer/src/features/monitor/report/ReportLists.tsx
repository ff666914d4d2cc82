import type { MonitorReport } from '../../../../../shared/monitor-report';
import { breachCheckLabel, breachValueText, predictionDriftText } from '../lib/report-lists';

/** Drift of the predictions against the training target, and the data-quality breaches of the window. */
export function ReportLists({ report }: { report: MonitorReport }) {
  const { prediction } = report;
  const breaches = report.quality.breaches;
  return (
    <section className="monitor-panel" aria-labelledby="monitor-lists-title">
      <h3 id="monitor-lists-title" className="visually-hidden">
        Prediction drift and data quality
      </h3>
      <div className="monitor-lists">
        <div
          className="monitor-list"
          data-testid="monitor-prediction-drift"
          data-drifted={prediction ? prediction.drifted : ''}
        >
          <h4 className="section-title">Prediction drift</h4>
          <p>
            {prediction && (
              <span className="pill" data-tone={prediction.drifted ? 'critical' : 'done'}>
                {prediction.drifted ? 'drifted' : 'no drift'}
              </span>
            )}{' '}
            {predictionDriftText(prediction)}
          </p>
        </div>
        <div className="monitor-list" data-testid="monitor-breaches" data-count={breaches.length}>
          <h4 className="section-title">Data-quality breaches</h4>
          {breaches.length === 0 ? (
            <p className="muted">
              None: missing rates, ranges and categories are as in training
              {report.quality.typeErrors > 0
                ? `, but ${report.quality.typeErrors} values had the wrong type`
                : ''}
              .
            </p>
          ) : (
            <ul className="monitor-breaches">
              {breaches.map((b) => (
                <li key={`${b.feature}-${b.check}`} data-feature={b.feature} data-check={b.check}>
                  <strong>{b.feature}</strong> · {breachCheckLabel(b.check)} {breachValueText(b)}
                  <span className="muted"> — {b.message}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
