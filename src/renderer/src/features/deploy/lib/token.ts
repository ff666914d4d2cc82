/** A token shown as dots with its last four characters ("••••••••3f9a"), for the masked view. */
export function maskToken(token: string): string {
  const tail = token.length > 8 ? token.slice(-4) : '';
  return `${'•'.repeat(8)}${tail}`;
}

/** Whether a host listens on every interface (other machines can reach it). */
export function listensEverywhere(host: string | null): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

/** Whether only this machine can reach a host. */
export function isLoopback(host: string | null): boolean {
  if (host === null) return false;
  return host.startsWith('127.') || host === 'localhost' || host === '::1' || host === '[::1]';
}
