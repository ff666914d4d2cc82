/** A logged prediction's output in a few words: its class or value, and its top probability. */
export function outputText(output: unknown): string {
  if (output === null || output === undefined) return '—';
  if (typeof output !== 'object') return String(output);
  const o = output as { prediction?: unknown; probabilities?: unknown };
  if (o.prediction === undefined) return JSON.stringify(output).slice(0, 80);
  const head =
    typeof o.prediction === 'number' ? String(Number(o.prediction.toPrecision(4))) : String(o.prediction);
  const probs = o.probabilities;
  const values = Array.isArray(probs)
    ? probs.filter((v): v is number => typeof v === 'number')
    : probs && typeof probs === 'object'
      ? Object.values(probs).filter((v): v is number => typeof v === 'number')
      : [];
  if (values.length === 0) return head;
  return `${head} (${(100 * Math.max(...values)).toFixed(1)} %)`;
}
