import type { TimelineLinks } from '../../../../../../shared/improve';
import { linkChips } from '../lib/timeline-view';
import { followChip } from '../state/navigate';

/**
 * Where the evidence lives, as small chips: window, alert, training data, run, evaluation, version.
 * An evaluation opens its report in Evaluate and a version opens in Deploy; the others show their id.
 */
export function LinkChips({ modelName, links }: { modelName: string; links: TimelineLinks }) {
  const chips = linkChips(links);
  if (chips.length === 0) return null;
  return (
    <ul className="improve-chips" aria-label="Evidence">
      {chips.map((chip) => (
        <li key={chip.key}>
          {chip.target ? (
            <button
              type="button"
              className="improve-chip improve-chip-link"
              data-testid="timeline-chip"
              data-link={chip.key}
              title={`${chip.title} — open in ${chip.target.step === 'evaluate' ? 'Evaluate' : 'Deploy'}`}
              onClick={() => void followChip(modelName, chip.target)}
            >
              {chip.label}
            </button>
          ) : (
            <span
              className="improve-chip"
              data-testid="timeline-chip"
              data-link={chip.key}
              title={chip.title}
            >
              {chip.label}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
