import { formatClock } from '../../../lib/format-time';
import { AUTO_REFRESH_MS } from '../lib/window-form';
import { applyWindowAndRefresh, setWindowText } from '../state/monitor-actions';
import { useMonitorStore } from '../state/monitor-store';

/** The window (the last N predictions), Refresh, and when the page last refreshed (it does so every 10 s). */
export function WindowControl() {
  const text = useMonitorStore((s) => s.windowText);
  const error = useMonitorStore((s) => s.windowError);
  const refreshing = useMonitorStore((s) => s.refreshing);
  const updatedAt = useMonitorStore((s) => s.updatedAt);
  return (
    <form
      className="monitor-window"
      onSubmit={(e) => {
        e.preventDefault();
        void applyWindowAndRefresh();
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor="monitor-window-rows">
          Window: last predictions
        </label>
        <input
          id="monitor-window-rows"
          className="input monitor-window-input"
          data-testid="monitor-window-rows"
          inputMode="numeric"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'monitor-window-error' : undefined}
          onChange={(e) => setWindowText(e.target.value)}
        />
      </div>
      <button type="submit" className="button" data-testid="monitor-refresh">
        Refresh
      </button>
      <span className="muted monitor-updated" aria-live="polite">
        {refreshing
          ? 'Refreshing…'
          : `Refreshes every ${AUTO_REFRESH_MS / 1000} s${updatedAt ? ` · updated ${formatClock(updatedAt)}` : ''}`}
      </span>
      {error && (
        <p id="monitor-window-error" className="error-text monitor-window-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
