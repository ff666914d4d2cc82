import { create } from 'zustand';
import type { DemoResult } from '../../../../../../shared/improve';

export interface DemoState {
  /** The demo job followed (started here, or found running when the app opened). */
  jobId: string | null;
  starting: boolean;
  /** The engine's answer to demo.start, or the finished job's failure. */
  error: string | null;
  /** What the last demo measured (kept until dismissed). */
  result: DemoResult | null;
}

export const initialDemoState: DemoState = { jobId: null, starting: false, error: null, result: null };

/**
 * The demo's state. Module-wide, not per page: the demo outlives the empty state that started it
 * (its first dataset fills the Data step) and ends on the Monitor step.
 */
export const useDemoStore = create<DemoState>()(() => initialDemoState);

export const setDemo = (patch: Partial<DemoState>): void => useDemoStore.setState(patch);
