import type { ProductionLabelItem } from '../../../../../../shared/improve';
import { formatEpoch } from '../../lib/format-monitor';
import { featureColumns, reasonText, scoreHelp, valueText } from '../lib/label-queue';
import { selectItem } from '../state/labels-actions';

/** The pending items in a compact table (when, why, answer, inputs); a click on the time picks the one to label. */
export function PendingTable({
  items,
  selectedId,
}: {
  items: ProductionLabelItem[];
  selectedId: string | null;
}) {
  const columns = featureColumns(items);
  return (
    <div className="table-scroll plabel-scroll">
      <table className="mini-table plabel-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Why</th>
            <th scope="col">Answer</th>
            {columns.shown.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            {columns.hidden > 0 && <th scope="col">+{columns.hidden} more</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr
              key={item.predictionId}
              data-testid="production-label-item"
              data-prediction-id={item.predictionId}
              data-reason={item.reason}
              data-current={item.predictionId === selectedId}
            >
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={item.predictionId === selectedId}
                  onClick={() => selectItem(item.predictionId)}
                >
                  {formatEpoch(item.at)}
                </button>
              </td>
              <td title={scoreHelp(item.reason)}>{reasonText(item)}</td>
              <td>{valueText(item.predicted)}</td>
              {columns.shown.map((c) => (
                <td key={c}>{valueText(item.features[c])}</td>
              ))}
              {columns.hidden > 0 && <td className="muted">…</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
