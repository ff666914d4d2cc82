import type { ComponentType } from 'react';
import type { StepId } from '../../../../shared/workspace';
import { DataPage } from '../../features/data/DataPage';
import { DeployPage } from '../../features/deploy/DeployPage';
import { EvaluatePage } from '../../features/evaluate/EvaluatePage';
import { MonitorPage } from '../../features/monitor/MonitorPage';
import { TrainPage } from '../../features/train/TrainPage';
import type { StepPageProps } from '../common/step-page-props';
import { STEP_PANEL_ID, stepTabId } from './step-ids';

const PAGES: Record<StepId, ComponentType<StepPageProps>> = {
  data: DataPage,
  train: TrainPage,
  evaluate: EvaluatePage,
  deploy: DeployPage,
  monitor: MonitorPage,
};

/** The selected step's page, as the tab panel of the stepper. */
export function StepPanel({ step, steps }: StepPageProps) {
  const Page = PAGES[step.id];
  return (
    <div
      id={STEP_PANEL_ID}
      role="tabpanel"
      aria-labelledby={stepTabId(step.id)}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the WAI-ARIA tabs pattern makes a tab panel focusable so keyboard users reach its content from the tabs
      tabIndex={0}
      className="step-panel"
    >
      <Page step={step} steps={steps} />
    </div>
  );
}
