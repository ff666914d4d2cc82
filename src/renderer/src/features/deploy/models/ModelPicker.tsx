import { selectModel } from '../state/deploy-actions';
import { useDeployStore } from '../state/deploy-store';

/** The models as a select (one model is open at a time). */
export function ModelPicker() {
  const models = useDeployStore((s) => s.models);
  const selected = useDeployStore((s) => s.selectedModel);
  return (
    <div className="field deploy-model-field">
      <label className="field-label" htmlFor="deploy-model">
        Model
      </label>
      <select
        id="deploy-model"
        className="input"
        value={selected ?? ''}
        onChange={(e) => void selectModel(e.target.value)}
      >
        {models.map((m) => (
          <option key={m.name} value={m.name}>
            {m.name} ({m.task}, {m.versions.length} version{m.versions.length === 1 ? '' : 's'}
            {m.production === null ? '' : `, v${m.production} in production`})
          </option>
        ))}
      </select>
    </div>
  );
}
