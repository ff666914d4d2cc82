import { useImproveStore } from '../state/improve-store';
import { CycleRow } from './CycleRow';

/** The model's improvement cycles, newest first, waiting ones with Approve / Reject. */
export function CyclesPanel({ modelName }: { modelName: string }) {
  const cycles = useImproveStore((s) => s.cycles);
  const loaded = useImproveStore((s) => s.cyclesLoaded);
  const error = useImproveStore((s) => s.cyclesError);
  const filter = useImproveStore((s) => s.timelineCycle);
  const waiting = cycles.filter((c) => c.status === 'awaiting_approval').length;
  return (
    <section
      className="monitor-panel improve-panel"
      aria-labelledby="improve-cycles-title"
      data-testid="improve-cycles"
    >
      <div className="section-head">
        <h3 id="improve-cycles-title" className="section-title">
          Improvement cycles of {modelName}
        </h3>
        <span className="muted">
          {waiting > 0 ? `${waiting} waiting for approval` : `${cycles.length} shown, newest first`}
        </span>
      </div>
      {error && (
        <p className="error-text" role="alert">
          Could not read the cycles: {error}
        </p>
      )}
      {!loaded ? (
        <p className="muted">Reading the cycles…</p>
      ) : cycles.length === 0 ? (
        <p className="muted">
          No cycles yet: a policy starts one when its trigger fires (drift, a drop of the live metric, new
          labels, a schedule), or use “Run now”.
        </p>
      ) : (
        <ul className="improve-cycles">
          {cycles.map((c) => (
            <CycleRow key={c.id} cycle={c} filtered={filter === c.id} />
          ))}
        </ul>
      )}
    </section>
  );
}
