// biome-ignore-all lint/a11y/useSemanticElements: a virtualized table places rows absolutely, which native table layout cannot; ARIA table roles carry the semantics
// biome-ignore-all lint/a11y/useFocusableInteractive: rows and headers of this read-only table are not interactive; the scroller takes the keyboard
import { type KeyboardEvent, type UIEvent, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { VersionRecord } from '../../../../../shared/data';
import { call } from '../../../transport/client';
import { TypeBadge } from '../components/TypeBadge';
import { formatCount } from '../lib/format';
import { columnWidths, gridTemplate, ROW_NUMBER_WIDTH } from './column-widths';
import { RowPageCache } from './page-cache';
import { firstVisibleRow, rowWindow, scrollTopForRow } from './row-window';
import { TableRow } from './TableRow';

const ROW_HEIGHT = 28;
const HEADER_HEIGHT = 34;

/**
 * A version's rows, virtualized: fixed-height rows, only the visible ones (plus a few) drawn,
 * pages of 200 rows fetched around the viewport and kept in a small LRU. Scrolls through a
 * million rows; placeholders show while a page loads.
 */
export function RowsTable({ version }: { version: VersionRecord }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(480);
  const [, repaint] = useReducer((n: number) => n + 1, 0);
  const frame = useRef(0);

  const cache = useMemo(
    () =>
      new RowPageCache((offset, limit) => call('data.rows', { versionId: version.id, offset, limit }), {
        pageSize: 200,
        capacity: 40,
      }),
    [version.id],
  );
  useEffect(() => {
    const off = cache.subscribe(repaint);
    return () => {
      off();
      cache.dispose();
    };
  }, [cache]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(Math.max(ROW_HEIGHT, el.clientHeight - HEADER_HEIGHT));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const win = rowWindow({
    scrollTop,
    viewportHeight: viewport,
    rowCount: version.rows,
    rowHeight: ROW_HEIGHT,
  });
  useEffect(() => {
    cache.want(win.first, win.end);
  }, [cache, win.first, win.end]);

  const widths = useMemo(() => columnWidths(version.columns), [version.columns]);
  const template = gridTemplate(widths);
  const totalWidth = ROW_NUMBER_WIDTH + widths.reduce((a, b) => a + b, 0);
  const numeric = useMemo(
    () => version.columns.map((c) => c.type === 'integer' || c.type === 'float'),
    [version.columns],
  );

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const top = e.currentTarget.scrollTop;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(top));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const el = scroller.current;
    if (!el) return;
    const geometry = { viewportHeight: viewport, rowCount: version.rows, rowHeight: ROW_HEIGHT };
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const topRow = firstVisibleRow({ ...geometry, scrollTop: el.scrollTop });
    let row: number | null = null;
    if (e.key === 'ArrowDown') row = topRow + 1;
    else if (e.key === 'ArrowUp') row = topRow - 1;
    else if (e.key === 'PageDown' || (e.key === ' ' && !e.shiftKey)) row = topRow + page;
    else if (e.key === 'PageUp' || (e.key === ' ' && e.shiftKey)) row = topRow - page;
    else if (e.key === 'Home') row = 0;
    else if (e.key === 'End') row = version.rows;
    else if (e.key === 'ArrowRight') el.scrollLeft += 120;
    else if (e.key === 'ArrowLeft') el.scrollLeft -= 120;
    else return;
    e.preventDefault();
    if (row !== null) el.scrollTop = scrollTopForRow(Math.max(0, row), geometry);
  };

  const rows = [];
  for (let i = win.first; i < win.end; i++) {
    rows.push(
      <TableRow
        key={i}
        index={i}
        top={win.top + (i - win.first) * ROW_HEIGHT}
        height={ROW_HEIGHT}
        row={cache.row(i)}
        columnCount={version.columns.length}
        numeric={numeric}
      />,
    );
  }

  return (
    <div className="rows-view">
      <p className="muted rows-caption" id="rows-caption">
        {formatCount(version.rows)} rows × {version.columns.length} columns. Scroll, or focus the table and
        use the arrow keys, Page Up/Down, Home and End.
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the scroller handles scrolling keys for the table inside it */}
      <div
        ref={scroller}
        className="rows-scroller"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable and scrollable by keyboard
        tabIndex={0}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        data-testid="rows-scroller"
        style={{ ['--rows-template' as string]: template }}
      >
        <div
          role="table"
          aria-label={`Rows of version ${version.number}`}
          aria-describedby="rows-caption"
          aria-rowcount={version.rows + 1}
          aria-colcount={version.columns.length + 1}
          className="rows-table"
          style={{ width: totalWidth }}
        >
          <div role="rowgroup" className="rows-head">
            <div
              role="row"
              aria-rowindex={1}
              className="rows-row rows-head-row"
              style={{ height: HEADER_HEIGHT }}
            >
              <div role="columnheader" className="rows-cell row-number">
                #
              </div>
              {version.columns.map((c) => (
                <div
                  key={c.name}
                  role="columnheader"
                  className="rows-cell rows-header-cell"
                  data-role={c.role}
                  title={`${c.name}: ${c.type}${c.role !== 'feature' ? `, ${c.role}` : ''}`}
                >
                  <span className="rows-header-name">{c.name}</span>
                  <TypeBadge type={c.type} />
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup" className="rows-body" style={{ height: win.contentHeight }}>
            {rows}
          </div>
        </div>
      </div>
      {cache.error && (
        <p className="error-text" role="alert">
          Could not load rows: {cache.error}
        </p>
      )}
    </div>
  );
}
