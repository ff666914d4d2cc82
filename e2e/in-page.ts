/**
 * Scripts run inside the page (as strings: the e2e code is type-checked without the DOM library).
 */

/**
 * Arm a timer: from the next keydown to the moment the labeling view shows another row
 * (a new data-row-id on the queue item). Read it with LABEL_TIMER_RESULT.
 */
export const ARM_LABEL_TIMER = `(() => {
  window.__labelMs = new Promise((done) => {
    let t0 = 0;
    document.addEventListener('keydown', () => { t0 = performance.now(); }, { capture: true, once: true });
    const shown = () => document.querySelector('[data-testid="queue-item"]')?.getAttribute('data-row-id');
    const first = shown();
    const observer = new MutationObserver(() => {
      if (t0 && shown() !== first) {
        observer.disconnect();
        done(performance.now() - t0);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
})()`;

export const LABEL_TIMER_RESULT = 'window.__labelMs';

/**
 * Scroll the rows table for `steps` animation frames, by `px` each frame (or, with 'spread', from top
 * to bottom in even jumps); resolves the frame times in ms.
 */
export const SCROLL_FRAME_TIMES = (px: number | 'spread', steps: number) => `new Promise((done) => {
  const el = document.querySelector('[data-testid="rows-scroller"]');
  el.scrollTop = 0;
  const by = ${px === 'spread' ? `(el.scrollHeight - el.clientHeight) / ${steps}` : px};
  const times = [];
  let last = performance.now();
  let step = 0;
  const tick = () => {
    const now = performance.now();
    times.push(now - last);
    last = now;
    el.scrollTop = step * by;
    step += 1;
    if (step <= ${steps}) requestAnimationFrame(tick);
    else done(times.slice(1));
  };
  requestAnimationFrame(tick);
})`;

/** Median, 95th percentile and maximum of some times, as text. */
export function frameSummary(times: number[]): string {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => (s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? Number.NaN).toFixed(1);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
}

/** Drop a file with this name and text on the import panel's drop zone, as a person dragging it in would. */
export const DROP_FILE = (name: string, text: string) => `(() => {
  const zone = document.querySelector('[data-testid="drop-zone"]');
  const data = new DataTransfer();
  data.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'text/csv' }));
  zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
  zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
})()`;
