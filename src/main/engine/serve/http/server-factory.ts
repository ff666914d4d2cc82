/**
 * The node:http server behind the app, with timeouts against slow clients: the whole request
 * (headers and body) must arrive within requestTimeoutMs (a silent connection included), idle
 * keep-alive sockets close after keepAliveTimeoutMs, and the checks run often enough to act on it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface Timeouts {
  /** Whole request, headers included. */
  requestTimeoutMs: number;
  /** Idle sockets between keep-alive requests. */
  keepAliveTimeoutMs: number;
}

export function timeoutsFor(requestTimeoutMs: number): Timeouts {
  return { requestTimeoutMs, keepAliveTimeoutMs: Math.min(5000, requestTimeoutMs) };
}

function guardSilent(socket: Socket, ms: number): void {
  const timer = setTimeout(() => socket.destroy(), ms);
  timer.unref();
  const clear = () => clearTimeout(timer);
  socket.once('data', clear);
  socket.once('close', clear);
}

export function serverFactory(t: Timeouts) {
  return (handler: (req: IncomingMessage, res: ServerResponse) => void): Server => {
    const server = createServer(
      {
        requestTimeout: t.requestTimeoutMs,
        headersTimeout: t.requestTimeoutMs,
        keepAliveTimeout: t.keepAliveTimeoutMs,
        connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(t.requestTimeoutMs / 4))),
      },
      handler,
    );
    // No socket inactivity timeout once a request arrives (a long prediction must not cut its own
    // response off; slow clients are covered by the headers and request timeouts), but a
    // connection that sends nothing at all is closed after the request timeout.
    server.setTimeout(0);
    server.on('connection', (socket: Socket) => guardSilent(socket, t.requestTimeoutMs));
    return server;
  };
}
