/**
 * Run `fn` at most once per `ms`: the first call runs it after `ms` (calls meanwhile fold into it).
 * `cancel` drops a pending run (when the page that asked goes away).
 */
export function throttle(fn: () => void, ms: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      fn();
    }, ms);
  };
  run.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return run;
}
