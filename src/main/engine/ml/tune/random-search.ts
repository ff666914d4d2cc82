/** Random search: every trial trains spec.maxEpochs epochs (the trainer may stop it early). */
import { sampleTrialValues } from './sample-values.js';
import type { SearchStrategy, StrategyAction, StrategyArgs, StrategyContext } from './strategy.js';

export class RandomSearch implements SearchStrategy {
  private started = 0;
  private finished = 0;

  constructor(private readonly args: StrategyArgs) {}

  next(ctx: StrategyContext): StrategyAction {
    if (!ctx.canStart) return this.started > this.finished ? { kind: 'wait' } : { kind: 'done' };
    const { spec, space } = this.args;
    const trial = this.started++;
    return {
      kind: 'start',
      trial,
      values: sampleTrialValues(space, spec.seed, trial),
      epochs: spec.maxEpochs,
      rung: 0,
    };
  }

  report(): void {
    this.finished++;
  }

  progress(): number {
    return Math.min(1, this.finished / this.args.spec.trials);
  }
}
