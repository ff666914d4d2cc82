import type { TemplateId } from '../../../../../shared/train';
import { TEMPLATES } from '../lib/train-options';
import { FormField } from '../params/FormField';
import { ensureVersion, selectVersion, setTemplate } from '../state/setup-actions';
import { setTrain, useTrainStore } from '../state/train-store';
import { VersionOptions } from './VersionOptions';

/** The version to train on, an optional separate test version, the template and the model's name. */
export function SetupFields() {
  const datasets = useTrainStore((s) => s.datasets);
  const versionId = useTrainStore((s) => s.versionId);
  const testVersionId = useTrainStore((s) => s.testVersionId);
  const template = useTrainStore((s) => s.draft?.template);
  const modelName = useTrainStore((s) => s.modelName);
  const ready = useTrainStore((s) => s.draft !== null);
  const help = TEMPLATES.find((t) => t.id === template)?.help;
  return (
    <div className="setup-fields">
      <FormField label="Dataset version" className="field-wide">
        {(id) => (
          <select
            id={id}
            className="input"
            value={versionId ?? ''}
            onChange={(e) => void selectVersion(e.target.value)}
          >
            <VersionOptions datasets={datasets} />
          </select>
        )}
      </FormField>
      <FormField label="Test on" help="Test metrics come from this version instead of the test split.">
        {(id, describedBy) => (
          <select
            id={id}
            className="input"
            value={testVersionId ?? ''}
            aria-describedby={describedBy}
            onChange={(e) => {
              const next = e.target.value || null;
              setTrain({ testVersionId: next });
              if (next) void ensureVersion(next);
            }}
          >
            <option value="">The version’s test split</option>
            <VersionOptions datasets={datasets} exclude={versionId} />
          </select>
        )}
      </FormField>
      <FormField label="Template" help={help}>
        {(id, describedBy) => (
          <select
            id={id}
            className="input"
            value={template ?? 'mlp'}
            disabled={!ready}
            aria-describedby={describedBy}
            onChange={(e) => setTemplate(e.target.value as TemplateId)}
          >
            {TEMPLATES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label="Model name" help="The candidate version is filed under it.">
        {(id, describedBy) => (
          <input
            id={id}
            className="input"
            value={modelName}
            maxLength={100}
            aria-describedby={describedBy}
            onChange={(e) => setTrain({ modelName: e.target.value })}
          />
        )}
      </FormField>
    </div>
  );
}
