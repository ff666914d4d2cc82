/**
 * Which rows of a long table to draw, and where. Browsers cap an element's height (about 33M px
 * in Chromium), so above `maxHeight` the scrollable height is capped and scroll positions map
 * proportionally onto rows; below it one scrolled pixel is one pixel of rows.
 */
export const MAX_SCROLL_HEIGHT = 15_000_000;

export interface WindowInput {
  scrollTop: number;
  /** Height of the rows' viewport (the scroller's height minus its sticky header). */
  viewportHeight: number;
  rowCount: number;
  rowHeight: number;
  /** Extra rows drawn above and below the visible ones. */
  overscan?: number;
  maxHeight?: number;
}

export interface RowWindow {
  /** First row drawn (inclusive) and the one after the last (exclusive). */
  first: number;
  end: number;
  /** Where row `first` is drawn, in px from the top of the scrolled content. */
  top: number;
  /** Height of the scrolled content. */
  contentHeight: number;
}

export function contentHeight(rowCount: number, rowHeight: number, maxHeight = MAX_SCROLL_HEIGHT): number {
  return Math.min(rowCount * rowHeight, maxHeight);
}

/** How many rows the scroll position has passed (a fraction: 2.5 = half way through row 2). */
function rowsPassed(scrollTop: number, i: Required<Omit<WindowInput, 'scrollTop'>>): number {
  const natural = i.rowCount * i.rowHeight;
  const content = contentHeight(i.rowCount, i.rowHeight, i.maxHeight);
  const naturalRange = Math.max(0, natural - i.viewportHeight);
  const scrollRange = Math.max(0, content - i.viewportHeight);
  const clamped = Math.min(Math.max(0, scrollTop), scrollRange);
  const ratio = scrollRange > 0 ? naturalRange / scrollRange : 1;
  return (clamped * ratio) / i.rowHeight;
}

export function rowWindow(input: WindowInput): RowWindow {
  const i = { overscan: 6, maxHeight: MAX_SCROLL_HEIGHT, ...input };
  const height = contentHeight(i.rowCount, i.rowHeight, i.maxHeight);
  if (i.rowCount <= 0) return { first: 0, end: 0, top: 0, contentHeight: 0 };
  // A hair of tolerance so a position computed for row k never lands on k − 1 by rounding.
  const passed = rowsPassed(i.scrollTop, i);
  const topRow = Math.floor(passed + 1e-7);
  const visible = Math.ceil(i.viewportHeight / i.rowHeight) + 1;
  const first = Math.max(0, topRow - i.overscan);
  const end = Math.min(i.rowCount, topRow + visible + i.overscan);
  const scrollTop = Math.min(Math.max(0, i.scrollTop), Math.max(0, height - i.viewportHeight));
  const top = scrollTop - (passed - first) * i.rowHeight;
  return { first, end, top, contentHeight: height };
}

/** The row at the top of the viewport for a scroll position. */
export function firstVisibleRow(input: Omit<WindowInput, 'overscan'>): number {
  const i = { overscan: 0, maxHeight: MAX_SCROLL_HEIGHT, ...input };
  if (i.rowCount <= 0) return 0;
  return Math.min(i.rowCount - 1, Math.floor(rowsPassed(i.scrollTop, i) + 1e-7));
}

/** The scroll position that shows row `index` at the top of the viewport (clamped to the end). */
export function scrollTopForRow(index: number, input: Omit<WindowInput, 'scrollTop' | 'overscan'>): number {
  const i = { maxHeight: MAX_SCROLL_HEIGHT, overscan: 0, ...input };
  const natural = i.rowCount * i.rowHeight;
  const content = contentHeight(i.rowCount, i.rowHeight, i.maxHeight);
  const naturalRange = Math.max(0, natural - i.viewportHeight);
  const scrollRange = Math.max(0, content - i.viewportHeight);
  const y = Math.min(Math.max(0, index * i.rowHeight), naturalRange);
  return naturalRange > 0 ? (y * scrollRange) / naturalRange : 0;
}
