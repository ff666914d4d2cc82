/**
 * Electron only: each engine `alert` event becomes a desktop notification while the window is
 * not in front (in front, the in-app banner and toast already show it). Clicking one brings the
 * window forward and, for a monitoring alert, opens the Monitor step.
 */
import { type BrowserWindow, Notification } from 'electron';
import type { EngineEvent } from '../shared/events.js';
import type { Engine } from './engine/index.js';

type AlertEvent = Extract<EngineEvent, { type: 'alert' }>;

/** Notifications kept referenced until closed (an unreferenced one may be collected and lose its click). */
const MAX_LIVE = 20;

function bringForward(win: BrowserWindow, event: AlertEvent): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  // Monitoring alerts (they carry a kind) are looked at in the Monitor step; the page follows its hash.
  if (event.kind)
    void win.webContents.executeJavaScript("location.hash = '#/monitor'").catch(() => undefined);
}

/** Show a desktop notification for each `alert` event; returns the unsubscribe. */
export function showAlertNotifications(engine: Engine, window: () => BrowserWindow | null): () => void {
  if (!Notification.isSupported()) return () => undefined;
  const live = new Set<Notification>();
  return engine.subscribe((event) => {
    if (event.type !== 'alert') return;
    const win = window();
    if (win && !win.isDestroyed() && win.isVisible() && win.isFocused()) return;
    const n = new Notification({
      title:
        event.modelName && !event.title.includes(event.modelName)
          ? `${event.modelName}: ${event.title}`
          : event.title,
      body: event.message,
      urgency: event.severity === 'critical' ? 'critical' : 'normal',
    });
    const forget = () => live.delete(n);
    n.on('click', () => {
      forget();
      const target = window();
      if (target && !target.isDestroyed()) bringForward(target, event);
    });
    n.on('close', forget);
    n.on('failed', forget);
    live.add(n);
    if (live.size > MAX_LIVE) {
      const oldest = live.values().next().value;
      if (oldest) live.delete(oldest);
    }
    n.show();
  });
}
