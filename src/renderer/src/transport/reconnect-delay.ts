/** Milliseconds to wait before reconnect attempt `attempt` (0-based): 0.5 s doubling up to 10 s. */
export function reconnectDelay(attempt: number): number {
  const base = 500 * 2 ** Math.max(0, Math.min(attempt, 10));
  return Math.min(base, 10_000);
}
