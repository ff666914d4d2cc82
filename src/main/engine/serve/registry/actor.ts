import { userInfo } from 'node:os';

/** Who made a stage change: the name a shell passed, else the OS user, else "unknown". */
export function actorName(given?: string): string {
  if (given?.trim()) return given.trim();
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
