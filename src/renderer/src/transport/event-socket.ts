import type { EngineEvent } from '../../../shared/events';
import { reconnectDelay } from './reconnect-delay';
import type { ConnectionState } from './transport';

export interface EventSocketArgs {
  url: string;
  onEvent: (event: EngineEvent) => void;
  onState: (state: ConnectionState) => void;
}

function isEngineEvent(value: unknown): value is EngineEvent {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  // Answers to commands sent over the socket share it; this client sends none.
  return typeof type === 'string' && type !== 'answer';
}

/**
 * The browser-mode event stream: one WebSocket, reopened with growing delays when it drops,
 * reporting its state so the UI can say it is reconnecting and reload what it missed.
 */
export class EventSocket {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private everOpened = false;

  constructor(private readonly args: EventSocketArgs) {}

  start(): void {
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.socket?.close();
    this.socket = null;
  }

  private open(): void {
    // After a drop the state stays `closed` through the retries, so the UI does not flicker.
    if (!this.everOpened) this.args.onState('connecting');
    const socket = new WebSocket(this.args.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempt = 0;
      this.everOpened = true;
      this.args.onState('open');
    });
    socket.addEventListener('message', (msg: MessageEvent) => {
      if (typeof msg.data !== 'string') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(msg.data);
      } catch {
        return;
      }
      if (isEngineEvent(parsed)) this.args.onEvent(parsed);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.args.onState('closed');
      if (this.stopped) return;
      this.timer = setTimeout(() => this.open(), reconnectDelay(this.attempt));
      this.attempt += 1;
    });
  }
}
