/**
 * Successive-halving rungs: r_min·eta^k epochs for k = 0..s−1, then maxEpochs, where
 * r_min = max(1, round(maxEpochs / eta^s)). s is the largest number of halvings both the epochs
 * (eta^s ≤ maxEpochs) and the trial budget (eta^s ≤ trials, so about one trial reaches the top)
 * allow. s = 0 gives one rung, maxEpochs: plain random search.
 */
export function computeRungs(maxEpochs: number, eta: number, trials: number): number[] {
  let s = 0;
  while (eta ** (s + 1) <= maxEpochs && eta ** (s + 1) <= trials) s++;
  const rMin = Math.max(1, Math.round(maxEpochs / eta ** s));
  const rungs: number[] = [];
  for (let k = 0; k < s; k++) {
    const r = Math.min(maxEpochs, Math.round(rMin * eta ** k));
    if (rungs.length === 0 || r > (rungs[rungs.length - 1] as number)) rungs.push(r);
  }
  if (rungs.length === 0 || maxEpochs > (rungs[rungs.length - 1] as number)) rungs.push(maxEpochs);
  return rungs;
}

/**
 * Epochs a full successive-halving pass over `trials` trials plans: n_0 = trials at rung 0, then
 * n_k = max(1, floor(n_{k−1} / eta)) continue from rung k−1 to rung k.
 */
export function plannedEpochs(rungs: readonly number[], eta: number, trials: number): number {
  let n = trials;
  let total = 0;
  let prev = 0;
  rungs.forEach((r, k) => {
    if (k > 0) n = Math.max(1, Math.floor(n / eta));
    total += n * (r - prev);
    prev = r;
  });
  return total;
}
