import type { ColumnType } from '../../../../../shared/data';

const SHORT: Record<ColumnType, string> = {
  integer: 'int',
  float: 'float',
  boolean: 'bool',
  categorical: 'cat',
  datetime: 'date',
  text: 'text',
  identifier: 'id',
};

/** A column's type as a small coloured badge (the full name for screen readers and on hover). */
export function TypeBadge({ type }: { type: ColumnType }) {
  return (
    <span className="type-badge" data-type={type} title={type}>
      <span aria-hidden="true">{SHORT[type]}</span>
      <span className="visually-hidden">{type}</span>
    </span>
  );
}
