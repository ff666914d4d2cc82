import type { ColumnProfile } from '../../../../../shared/data';
import { TypeBadge } from '../components/TypeBadge';
import { formatCount, formatNumber, formatPercent } from '../lib/format';
import { CategoryChart } from './CategoryChart';
import { HistogramChart } from './HistogramChart';

const MEASURE: Record<'pearson' | 'eta' | 'cramers_v', string> = {
  pearson: '|Pearson r|',
  eta: 'correlation ratio η',
  cramers_v: 'Cramér’s V',
};

function Stat({
  label,
  value,
  testId,
  wide,
}: {
  label: string;
  value: string;
  testId?: string;
  wide?: boolean;
}) {
  return (
    <div className={wide ? 'stat stat-wide' : 'stat'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** One column's profile: counts, numeric stats and histogram, top categories, text lengths, association. */
export function ColumnProfileCard({ column: c, rows }: { column: ColumnProfile; rows: number }) {
  const titleId = `profile-${c.name.replace(/[^\w-]/g, '_')}`;
  const q = c.numeric?.quantiles ?? {};
  return (
    <article className="profile-card" aria-labelledby={titleId} data-testid={`profile-${c.name}`}>
      <header className="profile-card-head">
        <h4 id={titleId} className="profile-card-title">
          {c.name}
        </h4>
        <TypeBadge type={c.type} />
        {c.role !== 'feature' && (
          <span className="pill" data-tone={c.role === 'target' ? 'info' : undefined}>
            {c.role}
          </span>
        )}
      </header>
      <dl className="stats">
        <Stat
          label="Missing"
          value={`${formatCount(c.missing)} (${formatPercent(c.missing, rows)})`}
          testId="stat-missing"
        />
        <Stat label="Distinct" value={`${c.distinctApprox ? '≈ ' : ''}${formatCount(c.distinct)}`} />
        {c.numeric && (
          <>
            <Stat label="Mean" value={formatNumber(c.numeric.mean)} />
            <Stat label="Std" value={formatNumber(c.numeric.std)} />
            <Stat label="Min" value={formatNumber(c.numeric.min)} />
            <Stat label="Median" value={formatNumber(q.p50)} />
            <Stat label="Max" value={formatNumber(c.numeric.max)} />
            <Stat label="Zeros" value={formatCount(c.numeric.zeros)} />
          </>
        )}
        {c.text && (
          <>
            <Stat
              label="Length"
              value={`${formatNumber(c.text.minLength)}–${formatNumber(c.text.maxLength)}`}
            />
            <Stat label="Mean length" value={formatNumber(c.text.meanLength, 3)} />
            <Stat label="Empty" value={formatCount(c.text.empty)} />
          </>
        )}
        {c.datetime && (
          <>
            <Stat label="From" value={c.datetime.min.slice(0, 19).replace('T', ' ')} />
            <Stat label="To" value={c.datetime.max.slice(0, 19).replace('T', ' ')} />
          </>
        )}
        {c.association && (
          <Stat
            wide
            label={`With target (${MEASURE[c.association.measure]})`}
            value={formatNumber(c.association.value, 3)}
          />
        )}
      </dl>
      {c.numeric && c.numeric.histogram.counts.length > 0 && (
        <HistogramChart name={c.name} histogram={c.numeric.histogram} />
      )}
      {c.categories && c.categories.top.length > 0 && (
        <CategoryChart name={c.name} top={c.categories.top} otherCount={c.categories.otherCount} />
      )}
    </article>
  );
}
