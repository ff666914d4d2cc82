export type Severity = 'info' | 'warning' | 'critical';

export interface Notification {
  id: string;
  severity: Severity;
  title: string;
  message: string;
  /** ISO time it happened. */
  at: string;
  read: boolean;
}

/** Notifications kept; older ones are dropped. */
export const MAX_NOTIFICATIONS = 200;

/**
 * Add a notification unless it repeats one already shown: the same id, or the same title and
 * message within a few seconds (the engine sends an alert for every failed job, and the job's
 * own failed update says the same thing).
 */
export function addNotification(list: Notification[], next: Notification, windowMs = 10_000): Notification[] {
  const at = Date.parse(next.at);
  const duplicate = list.some(
    (n) =>
      n.id === next.id ||
      (n.title === next.title && n.message === next.message && Math.abs(Date.parse(n.at) - at) <= windowMs),
  );
  if (duplicate) return list;
  return [next, ...list].slice(0, MAX_NOTIFICATIONS);
}

export function markRead(list: Notification[], id?: string): Notification[] {
  return list.map((n) => (id === undefined || n.id === id ? (n.read ? n : { ...n, read: true }) : n));
}

export function unreadCount(list: Notification[]): number {
  return list.reduce((count, n) => count + (n.read ? 0 : 1), 0);
}
