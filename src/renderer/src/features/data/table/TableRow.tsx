// biome-ignore-all lint/a11y/useSemanticElements: a virtualized table places rows absolutely, which native table layout cannot; ARIA table roles carry the semantics
// biome-ignore-all lint/a11y/useFocusableInteractive: rows and headers of this read-only table are not interactive; the scroller takes the keyboard
import { memo } from 'react';
import { cellText, formatCount } from '../lib/format';
import type { CachedRow } from './page-cache';

interface TableRowProps {
  index: number;
  top: number;
  height: number;
  /** Undefined while its page loads: placeholders are drawn. */
  row: CachedRow | undefined;
  columnCount: number;
  numeric: boolean[];
}

/** One row of the virtualized table, absolutely placed at `top`. */
export const TableRow = memo(function TableRow({
  index,
  top,
  height,
  row,
  columnCount,
  numeric,
}: TableRowProps) {
  const cells = [];
  for (let c = 0; c < columnCount; c++) {
    if (!row) {
      cells.push(
        <div key={c} role="cell" className="rows-cell">
          <span className="cell-loading" />
        </div>,
      );
      continue;
    }
    const value = row.cells[c] ?? null;
    cells.push(
      <div
        key={c}
        role="cell"
        className="rows-cell"
        data-numeric={numeric[c] ? 'true' : undefined}
        data-missing={value === null ? 'true' : undefined}
      >
        {value === null ? <span title="missing">—</span> : cellText(value)}
      </div>,
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-busy={row ? undefined : true}
      className="rows-row"
      data-row-index={index}
      style={{ top, height }}
    >
      <div role="rowheader" className="rows-cell row-number" title={row ? `row id ${row.rowId}` : undefined}>
        {formatCount(index + 1)}
      </div>
      {cells}
    </div>
  );
});
