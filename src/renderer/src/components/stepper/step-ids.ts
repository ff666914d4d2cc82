/** The one panel the step tabs control. */
export const STEP_PANEL_ID = 'step-panel';

export function stepTabId(stepId: string): string {
  return `step-tab-${stepId}`;
}
