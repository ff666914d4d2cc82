import { useId, useMemo, useState } from 'react';
import type { ClassificationMetrics } from '../../../../../shared/evaluate';
import { formatMetric } from '../../train/lib/format-train';
import { metricsAtThreshold } from '../lib/threshold';
import { ConfusionMatrix } from './ConfusionMatrix';

const SCORES = [
  ['accuracy', 'Accuracy'],
  ['precision', 'Precision'],
  ['recall', 'Recall'],
  ['f1', 'F1'],
] as const;

/**
 * A binary model's decision threshold: the slider recomputes accuracy, precision, recall, F1 and
 * the confusion matrix from the report's counts at 0, 0.01, …, 1 (nothing is sent to the engine).
 */
export function ThresholdPanel({ metrics }: { metrics: ClassificationMetrics }) {
  const reported = metrics.threshold ?? 0.5;
  const [threshold, setThreshold] = useState(reported);
  const id = useId();
  const at = useMemo(
    () => metricsAtThreshold(metrics.thresholds, threshold),
    [metrics.thresholds, threshold],
  );
  const base = useMemo(
    () => metricsAtThreshold(metrics.thresholds, reported),
    [metrics.thresholds, reported],
  );
  const positive = metrics.labels[1] ?? 'positive';
  if (!at) {
    return (
      <ConfusionMatrix
        matrix={metrics.confusion}
        labels={metrics.labels}
        caption={`at threshold ${formatMetric(reported)}`}
      />
    );
  }
  return (
    <div className="eval-threshold-panel">
      <div className="eval-threshold">
        <label className="field-label" htmlFor={`${id}-threshold`}>
          Decision threshold: “{positive}” when P({positive}) ≥{' '}
          <output htmlFor={`${id}-threshold`}>{at.threshold.toFixed(2)}</output>
        </label>
        <input
          id={`${id}-threshold`}
          type="range"
          min={0}
          max={1}
          step={0.01}
          value={threshold}
          data-testid="eval-threshold"
          aria-valuetext={at.threshold.toFixed(2)}
          onChange={(e) => setThreshold(Number(e.target.value))}
        />
        <div className="eval-threshold-actions">
          <span className="muted field-help">The report’s metrics use {formatMetric(reported)}.</span>
          {Math.abs(threshold - reported) > 1e-9 && (
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => setThreshold(reported)}
            >
              Back to {formatMetric(reported)}
            </button>
          )}
        </div>
        <dl className="eval-threshold-scores" data-testid="eval-threshold-scores">
          {SCORES.map(([key, label]) => (
            <div key={key} className="eval-threshold-score">
              <dt>{label}</dt>
              <dd data-testid={`eval-threshold-${key}`}>{formatMetric(at[key])}</dd>
              {base && Math.abs(at[key] - base[key]) > 1e-12 && (
                <dd className="muted eval-threshold-was">was {formatMetric(base[key])}</dd>
              )}
            </div>
          ))}
        </dl>
      </div>
      <ConfusionMatrix
        matrix={at.confusion}
        labels={metrics.labels}
        caption={`at threshold ${at.threshold.toFixed(2)}`}
      />
    </div>
  );
}
