import { randomBytes } from 'node:crypto';

/** A sortable, unique id: prefix, time in base 36, then random characters, e.g. `job_lx2k3m0a_9f3k2`. */
export function newId(prefix: string): string {
  const time = Date.now().toString(36);
  const rand = randomBytes(5).toString('hex').slice(0, 8);
  return `${prefix}_${time}${rand}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
