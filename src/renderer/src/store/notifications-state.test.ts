import { describe, expect, it } from 'vitest';
import {
  addNotification,
  MAX_NOTIFICATIONS,
  markRead,
  type Notification,
  unreadCount,
} from './notifications-state';

function note(id: string, fields: Partial<Notification> = {}): Notification {
  return {
    id,
    severity: 'warning',
    title: `Title ${id}`,
    message: 'message',
    at: '2025-01-01T00:00:00.000Z',
    read: false,
    ...fields,
  };
}

describe('notifications', () => {
  it('puts the newest first', () => {
    const list = addNotification(addNotification([], note('a')), note('b'));
    expect(list.map((n) => n.id)).toEqual(['b', 'a']);
  });

  it('drops a repeat of the same id', () => {
    const list = addNotification([note('a')], note('a', { title: 'other' }));
    expect(list).toHaveLength(1);
  });

  it('drops the same title and message arriving within the window', () => {
    const first = note('job-failed:1', { title: 'Job failed: x', message: 'boom' });
    const alert = note('alert-1', {
      title: 'Job failed: x',
      message: 'boom',
      at: '2025-01-01T00:00:01.000Z',
    });
    expect(addNotification([first], alert)).toHaveLength(1);
    const later = { ...alert, at: '2025-01-01T00:05:00.000Z' };
    expect(addNotification([first], later)).toHaveLength(2);
  });

  it('keeps a bounded list', () => {
    let list: Notification[] = [];
    for (let i = 0; i < MAX_NOTIFICATIONS + 5; i++)
      list = addNotification(list, note(String(i), { title: `t${i}` }));
    expect(list).toHaveLength(MAX_NOTIFICATIONS);
    expect(list[0]?.id).toBe(String(MAX_NOTIFICATIONS + 4));
  });

  it('marks one or all read and counts the unread', () => {
    const list = [note('a'), note('b'), note('c')];
    expect(unreadCount(list)).toBe(3);
    expect(unreadCount(markRead(list, 'b'))).toBe(2);
    expect(unreadCount(markRead(list))).toBe(0);
  });
});
