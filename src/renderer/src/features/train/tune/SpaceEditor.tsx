import { newDimension, spaceFromDrafts } from '../lib/space-draft';
import { tunablePathsFor } from '../lib/tunable-paths';
import { setTrain, useTrainStore } from '../state/train-store';
import { loadDefaultSpace } from '../state/tune-actions';
import { DimensionRow } from './DimensionRow';

/** The search space: one row per tuned parameter; "Reset to default" loads the template's space. */
export function SpaceEditor() {
  const space = useTrainStore((s) => s.space);
  const template = useTrainStore((s) => s.draft?.template ?? 'mlp');
  const engineErrors = useTrainStore((s) => s.tuneErrors?.dimensions);
  const { errors } = spaceFromDrafts(space);
  const set = (next: typeof space) => setTrain({ space: next, tuneErrors: null });
  const unused = tunablePathsFor(template).find((t) => !space.some((d) => d.path === t.path));
  return (
    <fieldset className="param-group">
      <legend className="param-legend">Search space</legend>
      {space.length === 0 ? (
        <p className="muted">No dimensions: add one, or load the template’s default space.</p>
      ) : (
        <div className="table-scroll">
          <table className="mini-table space-table" data-testid="space-table">
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                <th scope="col">Type</th>
                <th scope="col">Min</th>
                <th scope="col">Max</th>
                <th scope="col">Scale</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {space.map((d, i) => (
                <DimensionRow
                  key={d.key}
                  index={i}
                  dim={d}
                  template={template}
                  error={errors[d.key] ?? engineErrors?.[i]}
                  onChange={(next) => set(space.map((x) => (x.key === d.key ? next : x)))}
                  onRemove={() => set(space.filter((x) => x.key !== d.key))}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row space-actions">
        <button
          type="button"
          className="button button-small"
          disabled={!unused}
          onClick={() => unused && set([...space, newDimension(unused.path)])}
        >
          Add dimension
        </button>
        <button type="button" className="button button-small" onClick={() => void loadDefaultSpace(template)}>
          Reset to default
        </button>
      </div>
    </fieldset>
  );
}
