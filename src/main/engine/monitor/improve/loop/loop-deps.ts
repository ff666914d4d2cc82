import type { CommandInput, CommandName, CommandOutput } from '../../../../../shared/contract.js';
import type { EngineContext } from '../../../context.js';
import { CyclesStore } from '../store/cycles-store.js';
import { PoliciesStore } from '../store/policies-store.js';
import { ProductionLabelsStore } from '../store/production-labels-store.js';
import { TimelineStore } from '../store/timeline-store.js';

/** A typed call into the engine's own commands (the loop uses the same commands a person would). */
export type EngineCall = <K extends CommandName>(
  command: K,
  input: CommandInput<K>,
) => Promise<CommandOutput<K>>;

/** What the improvement loop works with. */
export interface LoopDeps {
  ctx: EngineContext;
  call: EngineCall;
  policies: PoliciesStore;
  cycles: CyclesStore;
  timeline: TimelineStore;
  labels: ProductionLabelsStore;
}

export function loopDeps(ctx: EngineContext, call: EngineCall): LoopDeps {
  return {
    ctx,
    call,
    policies: new PoliciesStore(ctx.db),
    cycles: new CyclesStore(ctx.db),
    timeline: new TimelineStore(ctx.db),
    labels: new ProductionLabelsStore(ctx.db),
  };
}
