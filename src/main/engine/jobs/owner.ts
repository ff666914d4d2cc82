import { hostname } from 'node:os';

/** Identifies this process as the owner of the jobs it runs: host:pid. */
export function currentOwner(): string {
  return `${hostname()}:${process.pid}`;
}

/** True if the owner process is (probably) alive. Another host's owner is assumed alive. */
export function ownerAlive(owner: string | null): boolean {
  if (!owner) return false;
  const idx = owner.lastIndexOf(':');
  const host = owner.slice(0, idx);
  const pid = Number(owner.slice(idx + 1));
  if (host !== hostname()) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
