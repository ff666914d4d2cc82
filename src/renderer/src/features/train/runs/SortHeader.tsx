import { nextSort, RUN_SORT_LABEL, type RunSort, type RunSortKey } from '../lib/sort-runs';

/** A column header that sorts the table: a button, with aria-sort on the header cell. */
export function SortHeader({
  column,
  sort,
  onSort,
  label,
  numeric = false,
}: {
  column: RunSortKey;
  sort: RunSort;
  onSort: (next: RunSort) => void;
  label?: string;
  numeric?: boolean;
}) {
  const active = sort.key === column;
  const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, column))}>
        {label ?? RUN_SORT_LABEL[column]}
        <span className="sort-mark" aria-hidden="true">
          {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
