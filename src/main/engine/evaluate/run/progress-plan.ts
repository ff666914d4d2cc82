/**
 * Progress over phases of unequal cost: each phase gets a share of 0..1 by weight; a phase
 * reports its own 0..1 and the plan turns it into the whole job's fraction.
 */
export class ProgressPlan {
  private readonly starts = new Map<string, { at: number; share: number }>();

  constructor(phases: { name: string; weight: number; enabled: boolean }[]) {
    const on = phases.filter((p) => p.enabled);
    const total = on.reduce((s, p) => s + p.weight, 0) || 1;
    let at = 0;
    for (const p of on) {
      const share = p.weight / total;
      this.starts.set(p.name, { at, share });
      at += share;
    }
  }

  /** The job's fraction when `phase` is `done` (0..1) through. */
  at(phase: string, done = 0): number {
    const s = this.starts.get(phase);
    if (!s) return 0;
    return Math.min(1, s.at + s.share * Math.min(1, Math.max(0, done)));
  }
}
