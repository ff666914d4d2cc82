/** Tooltip box of the Evaluate step's charts (theme colours, as the Train and Deploy charts use). */
export const TOOLTIP_STYLE = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 6,
};

/** Axis ticks: small, muted. */
export const TICK = { fontSize: 11 };
