import type { Cell, LabelQueueItem, VersionRecord } from '../../../../../shared/data';
import { cellText } from '../lib/format';

/**
 * One row to label, readable at a glance: text columns as wrapped paragraphs, everything else in
 * a compact grid; labels other annotators gave it, and the score that queued it.
 */
export function QueueItemView({
  item,
  version,
  labelColumn,
  classColor,
}: {
  item: LabelQueueItem;
  version: VersionRecord;
  labelColumn: string;
  classColor: Map<string, string>;
}) {
  const text = version.columns.filter((c) => c.type === 'text' && c.name in item.values);
  const rest = version.columns.filter((c) => c.type !== 'text' && c.name in item.values);
  const show = (v: Cell | undefined) => (v === null || v === undefined ? '—' : cellText(v));
  return (
    <article
      className="queue-item"
      data-row-id={item.rowId}
      data-testid="queue-item"
      aria-label={`Row ${item.rowId}`}
    >
      <p className="muted queue-item-head">
        Row <span data-testid="queue-row-id">{item.rowId}</span>
        {item.score !== null && <> · uncertainty {item.score.toFixed(3)}</>}
      </p>
      {text.map((c) => (
        <div key={c.name} className="queue-text">
          <h5 className="queue-field-name">{c.name}</h5>
          <p className="queue-text-value">{show(item.values[c.name])}</p>
        </div>
      ))}
      <dl className="queue-grid">
        {rest.map((c) => (
          <div
            key={c.name}
            className="queue-field"
            data-label-column={c.name === labelColumn ? 'true' : undefined}
          >
            <dt>{c.name}</dt>
            <dd data-testid={`queue-value-${c.name}`}>{show(item.values[c.name])}</dd>
          </div>
        ))}
      </dl>
      {item.existing.length > 0 && (
        <p className="queue-existing">
          Already labeled:{' '}
          {item.existing.map((l) => (
            <span
              key={`${l.annotator}:${l.at}`}
              className="class-chip"
              style={{ borderColor: classColor.get(l.label) }}
            >
              {l.label} <span className="muted">by {l.annotator}</span>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
