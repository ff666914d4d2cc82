import { create } from 'zustand';
import { addNotification, markRead, type Notification } from './notifications-state';

export interface NotificationsStore {
  items: Notification[];
  add(item: Omit<Notification, 'read'>): void;
  /** Mark one notification read, or all when no id is given. */
  markRead(id?: string): void;
  dismiss(id: string): void;
  clear(): void;
}

export const useNotificationsStore = create<NotificationsStore>()((set) => ({
  items: [],
  add: (item) => set((s) => ({ items: addNotification(s.items, { ...item, read: false }) })),
  markRead: (id) => set((s) => ({ items: markRead(s.items, id) })),
  dismiss: (id) => set((s) => ({ items: s.items.filter((n) => n.id !== id) })),
  clear: () => set({ items: [] }),
}));
