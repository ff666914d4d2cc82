import type { EvaluationReport } from '../../../../../shared/evaluate';
import { formatMetric } from '../../train/lib/format-train';
import { GateVerdictPanel } from '../gate/GateVerdictPanel';
import { PromotePanel } from '../promote/PromotePanel';
import { ChampionTable } from './ChampionTable';
import { ConfusionMatrix } from './ConfusionMatrix';
import { CurvesPanel } from './CurvesPanel';
import { LatencyPanel } from './LatencyPanel';
import { PerClassTable } from './PerClassTable';
import { RegressionPlots } from './RegressionPlots';
import { ReportHeader } from './ReportHeader';
import { RobustnessPanel } from './RobustnessPanel';
import { SliceTable } from './SliceTable';
import { SummaryCards } from './SummaryCards';
import { ThresholdPanel } from './ThresholdPanel';

/** One evaluation report: headline metrics, the gate, curves or plots, slices, robustness, latency. */
export function ReportView({ report }: { report: EvaluationReport }) {
  const m = report.metrics;
  return (
    <section
      className="eval-report"
      aria-labelledby="eval-report-title"
      data-testid="eval-report"
      data-report-id={report.id}
      data-version={report.version}
    >
      <ReportHeader report={report} />
      <SummaryCards metrics={m} />
      <section className="eval-panel eval-gate-panel" aria-label="Gate">
        <GateVerdictPanel verdict={report.gate} />
        <PromotePanel report={report} />
      </section>
      <ChampionTable report={report} />
      {m.kind === 'classification' ? (
        <section className="eval-panel" aria-labelledby="eval-class-title">
          <h4 id="eval-class-title" className="section-title">
            Classification
          </h4>
          {m.thresholds.length > 0 ? (
            <ThresholdPanel key={report.id} metrics={m} />
          ) : (
            <ConfusionMatrix
              matrix={m.confusion}
              labels={m.labels}
              caption={
                m.threshold === null
                  ? 'predicted = most likely class'
                  : `at threshold ${formatMetric(m.threshold)}`
              }
            />
          )}
          <CurvesPanel metrics={m} />
          <PerClassTable metrics={m} />
        </section>
      ) : (
        <section className="eval-panel" aria-labelledby="eval-reg-title">
          <h4 id="eval-reg-title" className="section-title">
            Regression
          </h4>
          <RegressionPlots metrics={m} />
        </section>
      )}
      <SliceTable key={`slices-${report.id}`} slices={report.slices} />
      <RobustnessPanel robustness={report.robustness} />
      <LatencyPanel latency={report.latency} />
    </section>
  );
}
