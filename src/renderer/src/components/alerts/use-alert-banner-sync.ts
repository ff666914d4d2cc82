import { useEffect } from 'react';
import { subscribeConnection, subscribeEvents } from '../../transport/client';
import { BANNER_POLL_MS } from './alert-banner-lib';
import { refreshOpenAlerts } from './alert-banner-store';

const EVENT_DEBOUNCE_MS = 250;

/**
 * Keep the banner's open alerts current: read them on mount, again shortly after each `alert`
 * event and after a reconnect (events may have been missed), and every 30 s (another window or
 * the CLI may acknowledge).
 */
export function useAlertBannerSync(): void {
  useEffect(() => {
    void refreshOpenAlerts();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const soon = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void refreshOpenAlerts();
      }, EVENT_DEBOUNCE_MS);
    };
    const offEvents = subscribeEvents((event) => {
      if (event.type === 'alert') soon();
    });
    const offConnection = subscribeConnection((state) => {
      if (state === 'open') soon();
    });
    const poll = setInterval(() => void refreshOpenAlerts(), BANNER_POLL_MS);
    return () => {
      offEvents();
      offConnection();
      clearInterval(poll);
      if (timer) clearTimeout(timer);
    };
  }, []);
}
