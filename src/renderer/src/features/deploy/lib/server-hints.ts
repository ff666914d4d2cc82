/**
 * What to do about a server error when the message names the cause but not the cure; null when
 * it already says what to do (the engine's own messages do) or the cause is unknown.
 */
export function serverHint(message: string): string | null {
  if (/choose|setting serve\.|start again/i.test(message)) return null;
  if (/EADDRINUSE|in use|already used/i.test(message)) {
    return 'Another program listens on that port: stop it, or choose another port (the serve.port setting; 0 picks a free one), then start again.';
  }
  if (/EACCES|permission/i.test(message)) {
    return 'Ports below 1024 need extra rights: choose a port above 1024 (the serve.port setting).';
  }
  if (/EADDRNOTAVAIL|ENOTFOUND|address not available/i.test(message)) {
    return 'This machine has no such address: set serve.host to 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).';
  }
  return null;
}
