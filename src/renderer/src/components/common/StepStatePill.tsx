import type { StepState } from '../../../../shared/workspace';

export const STEP_STATE_LABEL: Record<StepState, string> = {
  blocked: 'Blocked',
  ready: 'Ready',
  active: 'In progress',
  done: 'Done',
};

export function StepStatePill({ state, id }: { state: StepState; id?: string }) {
  return (
    <span id={id} className="pill" data-tone={state}>
      {STEP_STATE_LABEL[state]}
    </span>
  );
}
