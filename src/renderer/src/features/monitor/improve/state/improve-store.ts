import { create } from 'zustand';
import type { ImprovementCycle, PolicyRecord, TimelineEvent } from '../../../../../../shared/improve';

export interface ImproveState {
  /** The model whose policies, cycles and timeline are held (the Monitor step's open model). */
  modelName: string | null;

  policies: PolicyRecord[];
  policiesLoaded: boolean;
  policiesError: string | null;
  /** The editor's text (a JSON list of policies), and the engine's (or JSON's) objection to it. */
  policyText: string;
  policyError: string | null;
  policySaving: boolean;
  policySaved: boolean;
  /** The policy whose "Run now" is in flight, and what came of the last one. */
  runningNow: string | null;
  runNowError: string | null;
  runNowDone: string | null;

  cycles: ImprovementCycle[];
  cyclesLoaded: boolean;
  cyclesError: string | null;
  /** The approval reason typed per cycle, the decision in flight, and the engine's objection. */
  reasons: Record<string, string>;
  deciding: string | null;
  decideError: { cycleId: string; message: string } | null;

  timeline: TimelineEvent[];
  timelineLoaded: boolean;
  timelineError: string | null;
  /** Only this cycle's entries (null: all of the model's). */
  timelineCycle: string | null;
}

export const initialImproveState: ImproveState = {
  modelName: null,
  policies: [],
  policiesLoaded: false,
  policiesError: null,
  policyText: '',
  policyError: null,
  policySaving: false,
  policySaved: false,
  runningNow: null,
  runNowError: null,
  runNowDone: null,
  cycles: [],
  cyclesLoaded: false,
  cyclesError: null,
  reasons: {},
  deciding: null,
  decideError: null,
  timeline: [],
  timelineLoaded: false,
  timelineError: null,
  timelineCycle: null,
};

/** The improvement loop's state for the Monitor step's open model; actions live in improve-actions.ts. */
export const useImproveStore = create<ImproveState>()(() => initialImproveState);

export const setImprove = (
  patch: Partial<ImproveState> | ((s: ImproveState) => Partial<ImproveState>),
): void => useImproveStore.setState(patch);
