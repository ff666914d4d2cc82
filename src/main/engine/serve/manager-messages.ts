/** What the Deploy step and the CLI show about the inference server's address and its failures. */
import type { ServeOptions } from '../../../shared/serve.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/** Set when the server listens beyond this machine. */
export function hostWarning(host: string): string | null {
  if (!host || isLoopback(host)) return null;
  if (host === '0.0.0.0' || host === '::')
    return 'listening on all interfaces: anyone on your network can call it';
  return `listening on ${host}: other machines that reach this address can call it`;
}

/** Why the server did not start, and what to do. */
export function describeStartFailure(err: unknown, options: ServeOptions): string {
  const code = (err as { code?: unknown }).code;
  const message = (err as Error).message ?? String(err);
  if (code === 'EADDRINUSE')
    return `port ${options.port} on ${options.host} is in use by another program (or another AI Factory); choose another port (setting serve.port, or --port) and start again`;
  if (code === 'EADDRNOTAVAIL')
    return `${options.host} is not an address of this machine; use 127.0.0.1 (setting serve.host)`;
  if (code === 'EACCES')
    return `port ${options.port} needs administrator rights; choose a port above 1023 (setting serve.port)`;
  return `the inference server did not start: ${message}`;
}
