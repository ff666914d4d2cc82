import { StageBadge } from '../../deploy/components/StageBadge';
import { versionsNewestFirst } from '../../deploy/lib/stage';
import { useEvaluateStore } from '../state/evaluate-store';
import { selectModel, selectVersion } from '../state/model-actions';

/** The model and the version to evaluate, with the version's stage. */
export function ModelVersionPicker() {
  const models = useEvaluateStore((s) => s.models);
  const selectedModel = useEvaluateStore((s) => s.selectedModel);
  const selectedVersion = useEvaluateStore((s) => s.selectedVersion);
  const model = models.find((m) => m.name === selectedModel);
  const versions = model ? versionsNewestFirst(model.versions) : [];
  const version = versions.find((v) => v.version === selectedVersion);
  return (
    <div className="eval-picker">
      <div className="field eval-model-field">
        <label className="field-label" htmlFor="eval-model">
          Model
        </label>
        <select
          id="eval-model"
          className="input"
          data-testid="eval-model-picker"
          value={selectedModel ?? ''}
          onChange={(e) => void selectModel(e.target.value)}
        >
          {models.map((m) => (
            <option key={m.name} value={m.name}>
              {m.name} ({m.task}, {m.versions.length} version{m.versions.length === 1 ? '' : 's'})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="eval-version">
          Version
        </label>
        <select
          id="eval-version"
          className="input"
          data-testid="eval-version-picker"
          value={selectedVersion ?? ''}
          onChange={(e) => void selectVersion(Number(e.target.value))}
        >
          {versions.map((v) => (
            <option key={v.id} value={v.version}>
              v{v.version} · {v.stage}
            </option>
          ))}
        </select>
      </div>
      {version && (
        <p className="eval-picker-stage">
          <StageBadge stage={version.stage} />
          <span className="muted">
            {model?.production === null || model?.production === undefined
              ? 'No version in production yet'
              : model.production === version.version
                ? 'serves by default'
                : `v${model.production} is in production`}
          </span>
        </p>
      )}
    </div>
  );
}
