/** Scroll a heading into view once React has drawn it (the run or tuning just started). */
export function revealSoon(id: string): void {
  requestAnimationFrame(() => {
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  });
}
