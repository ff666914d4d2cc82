import { ParamsForm } from '../params/ParamsForm';
import { useTrainStore } from '../state/train-store';
import { TunePanel } from '../tune/TunePanel';
import { BackendLine } from './BackendLine';
import { ModeTabs, modePanelId, modeTabId } from './ModeTabs';
import { SetupFields } from './SetupFields';
import { VersionSummary } from './VersionSummary';

/** What to train on and how: the version, the template, then the form of one run or of a tuning. */
export function SetupPanel() {
  const mode = useTrainStore((s) => s.mode);
  const hasDraft = useTrainStore((s) => s.draft !== null);
  const hasTarget = useTrainStore((s) => Boolean(s.versionId && s.versions[s.versionId]?.target));
  const loading = useTrainStore((s) => Boolean(s.versionId && !s.defaults && !s.defaultsError));
  return (
    <section className="train-setup" aria-labelledby="train-setup-title">
      <div className="section-head">
        <h3 id="train-setup-title" className="section-title">
          New run
        </h3>
        <BackendLine />
      </div>
      <SetupFields />
      <VersionSummary />
      {hasTarget && (
        <>
          <ModeTabs />
          <div
            className="train-mode-panel"
            role="tabpanel"
            id={modePanelId(mode)}
            aria-labelledby={modeTabId(mode)}
          >
            {loading && !hasDraft && (
              <p className="muted" role="status">
                <span className="spinner" aria-hidden="true" /> Deriving the default parameters from the data…
              </p>
            )}
            {mode === 'train' ? <ParamsForm /> : <TunePanel />}
          </div>
        </>
      )}
    </section>
  );
}
