import { useTrainStore } from '../state/train-store';
import { CompareCharts } from './CompareCharts';
import { CompareTable } from './CompareTable';

/** Two or more runs ticked in the runs table: overlaid curves and a table of parameters and metrics. */
export function CompareView() {
  const ids = useTrainStore((s) => s.compareIds);
  const runs = useTrainStore((s) => s.runs);
  const epochs = useTrainStore((s) => s.epochs);
  const compared = ids.map((id) => runs.find((r) => r.id === id)).filter((r) => r !== undefined);
  if (compared.length === 0) return null;
  return (
    <section className="compare-runs" aria-labelledby="compare-title" data-testid="compare-view">
      <div className="section-head">
        <h3 id="compare-title" className="section-title">
          Compare {compared.length} run{compared.length === 1 ? '' : 's'}
        </h3>
        {compared.length < 2 && <span className="muted">Tick another run to compare.</span>}
      </div>
      <CompareCharts runs={compared} epochs={epochs} />
      <CompareTable runs={compared} />
    </section>
  );
}
