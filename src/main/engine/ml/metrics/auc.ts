/**
 * Exact ROC AUC by ranking (the Mann–Whitney U statistic): the probability that a random positive
 * scores higher than a random negative, ties counted as one half (tied scores share their average rank).
 */
export function rocAuc(scores: ArrayLike<number>, positive: ArrayLike<number>): number | null {
  const n = scores.length;
  if (positive.length !== n) throw new Error(`rocAuc: ${n} scores but ${positive.length} labels`);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < n; ) {
    const s = scores[order[start] as number] as number;
    let end = start + 1;
    while (end < n && scores[order[end] as number] === s) end++;
    // Ranks start..end-1 (0-based) share their mean, 1-based: (start + 1 + end) / 2.
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      if (positive[order[k] as number] === 1) {
        positives++;
        rankSum += rank;
      }
    }
    start = end;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
