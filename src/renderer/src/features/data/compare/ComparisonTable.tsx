import { useState } from 'react';
import type { VersionComparison } from '../../../../../shared/data';
import { formatCount, formatNumber } from '../lib/format';

type Delta = VersionComparison['profileDeltas'][number];

function changed(d: Delta): boolean {
  return d.missing.a !== d.missing.b || d.distinct.a !== d.distinct.b || d.mean.a !== d.mean.b;
}

function Pair({
  a,
  b,
  format,
}: {
  a: number | null;
  b: number | null;
  format: (n: number | null) => string;
}) {
  return (
    <td className="num" data-changed={a !== b ? 'true' : undefined}>
      {a === b ? format(a) : `${format(a)} → ${format(b)}`}
    </td>
  );
}

/** Per shared column: missing, mean and distinct before and after; changed columns first. */
export function ComparisonTable({ deltas }: { deltas: Delta[] }) {
  const [all, setAll] = useState(false);
  const rows = [...deltas].sort((x, y) => Number(changed(y)) - Number(changed(x)));
  const shown = all ? rows : rows.filter(changed);
  return (
    <div className="comparison-table">
      <label className="checkbox">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
        Show unchanged columns too
      </label>
      {shown.length === 0 ? (
        <p className="muted">No column’s missing count, mean or distinct count changed.</p>
      ) : (
        <table className="mini-table">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Missing</th>
              <th scope="col">Mean</th>
              <th scope="col">Distinct</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr key={d.column} data-column={d.column}>
                <th scope="row">{d.column}</th>
                <Pair a={d.missing.a} b={d.missing.b} format={(n) => (n === null ? '—' : formatCount(n))} />
                <Pair a={d.mean.a} b={d.mean.b} format={(n) => formatNumber(n)} />
                <Pair a={d.distinct.a} b={d.distinct.b} format={(n) => (n === null ? '—' : formatCount(n))} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
