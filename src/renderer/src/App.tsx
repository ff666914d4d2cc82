import { useEffect } from 'react';
import { AlertBanner } from './components/alerts/AlertBanner';
import { ConnectionBanner } from './components/common/ConnectionBanner';
import { LoadFailure } from './components/common/LoadFailure';
import { useStepHash } from './components/common/use-step-hash';
import { AppHeader } from './components/header/AppHeader';
import { JobsPanel } from './components/jobs/JobsPanel';
import { NotificationToast } from './components/notifications/NotificationToast';
import { StepPanel } from './components/stepper/StepPanel';
import { Stepper } from './components/stepper/Stepper';
import { WorkspaceTools } from './components/tools/WorkspaceTools';
import { watchSystemTheme } from './lib/theme';
import { useAppStore } from './store/app-store';
import { startEngineSync } from './store/engine-sync';

export function App() {
  const info = useAppStore((s) => s.info);
  const loadError = useAppStore((s) => s.loadError);
  const summary = useAppStore((s) => s.summary);
  const selected = useAppStore((s) => s.selectedStep);

  useEffect(() => startEngineSync(), []);
  useEffect(() => watchSystemTheme(() => useAppStore.getState().theme), []);
  useStepHash();

  if (!info && loadError) return <LoadFailure message={loadError} />;

  const step = summary?.steps.find((s) => s.id === selected) ?? summary?.steps[0];
  return (
    <div className="app">
      <AppHeader />
      <ConnectionBanner />
      <div className="app-body">
        <main className="workflow">
          <AlertBanner />
          {summary && step ? (
            <>
              <Stepper steps={summary.steps} />
              <StepPanel step={step} steps={summary.steps} />
            </>
          ) : (
            <p className="muted loading">Opening the workspace…</p>
          )}
        </main>
        <aside className="side" aria-label="Tools and jobs">
          <WorkspaceTools />
          <JobsPanel />
        </aside>
      </div>
      <NotificationToast />
    </div>
  );
}
