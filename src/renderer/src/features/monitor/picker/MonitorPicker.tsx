import { StageBadge } from '../../deploy/components/StageBadge';
import { versionsNewestFirst } from '../../deploy/lib/stage';
import { monitoredVersion } from '../lib/monitor-choice';
import { selectModel, selectVersion } from '../state/monitor-actions';
import { useMonitorStore } from '../state/monitor-store';

/** The model to monitor and its version (production by default, following promotions), with the version's stage. */
export function MonitorPicker() {
  const models = useMonitorStore((s) => s.models);
  const selectedModel = useMonitorStore((s) => s.selectedModel);
  const picked = useMonitorStore((s) => s.pickedVersion);
  const model = models.find((m) => m.name === selectedModel);
  const versions = model ? versionsNewestFirst(model.versions) : [];
  const shown = versions.find((v) => v.version === monitoredVersion(model, picked));
  return (
    <div className="monitor-picker">
      <div className="field monitor-model-field">
        <label className="field-label" htmlFor="monitor-model">
          Model
        </label>
        <select
          id="monitor-model"
          className="input"
          data-testid="monitor-model-picker"
          value={selectedModel ?? ''}
          onChange={(e) => void selectModel(e.target.value)}
        >
          {models.map((m) => (
            <option key={m.name} value={m.name}>
              {m.name} ({m.task}
              {m.production === null ? ', nothing in production' : `, v${m.production} in production`})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="monitor-version">
          Version
        </label>
        <select
          id="monitor-version"
          className="input"
          data-testid="monitor-version-picker"
          value={picked ?? ''}
          onChange={(e) => void selectVersion(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">
            {model?.production == null ? 'Production (none yet)' : `Production (v${model.production})`}
          </option>
          {versions.map((v) => (
            <option key={v.id} value={v.version}>
              v{v.version} · {v.stage}
            </option>
          ))}
        </select>
      </div>
      {shown && (
        <p className="monitor-picker-stage">
          <StageBadge stage={shown.stage} />
          <span className="muted">
            {picked === null ? 'follows the production version' : `v${shown.version}'s traffic only`}
          </span>
        </p>
      )}
    </div>
  );
}
