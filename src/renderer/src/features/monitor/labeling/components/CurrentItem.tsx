import type { ProductionLabelItem } from '../../../../../../shared/improve';
import { formatEpoch } from '../../lib/format-monitor';
import { reasonText, scoreHelp, valueText } from '../lib/label-queue';
import { LabelControls } from './LabelControls';

/** The item being labeled: all its inputs, what the model answered, why it is queued, and the label controls. */
export function CurrentItem({ item, classes }: { item: ProductionLabelItem; classes: string[] | null }) {
  return (
    <article
      className="plabel-current"
      data-testid="production-label-current"
      data-prediction-id={item.predictionId}
      aria-label="Prediction to label"
    >
      <p className="plabel-current-head">
        <span
          className="pill"
          data-tone={item.reason === 'drift' ? 'warning' : 'info'}
          title={scoreHelp(item.reason)}
        >
          {reasonText(item)}
        </span>
        <span className="muted">
          v{item.version} · {formatEpoch(item.at)}
        </span>
        <span>
          Model answered <strong data-testid="production-label-predicted">{valueText(item.predicted)}</strong>
        </span>
      </p>
      <dl className="queue-grid">
        {Object.entries(item.features).map(([name, value]) => (
          <div key={name} className="queue-field">
            <dt>{name}</dt>
            <dd>{valueText(value)}</dd>
          </div>
        ))}
      </dl>
      <LabelControls item={item} classes={classes} />
    </article>
  );
}
