/** Messages between the inference server's thread and its request-log writer thread. */
import type { FeedbackRow } from '../runtime/log-sink.js';
import type { LoggedRequest } from '../types.js';

export interface LogWriterStart {
  databasePath: string;
  nativeBinding?: string;
  retention: { days: number; rows: number };
  retentionIntervalMs: number;
}

export type ToLogWriter =
  | { type: 'log'; id: number; requests: LoggedRequest[] }
  | { type: 'feedback'; id: number; rows: FeedbackRow[] }
  | { type: 'close' };

export type FromLogWriter =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'done'; id: number; error?: { message: string; code: string | null } }
  | { type: 'warning'; message: string }
  | { type: 'closed' };
