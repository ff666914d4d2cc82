/**
 * What the Electron preload exposes as `window.factory`, and what browser mode provides over
 * HTTP + WebSocket: one named function per contract command, an event subscription and a
 * file picker. Types only, so the preload and the renderer share it without runtime code.
 */
import type { CommandInput, CommandName, CommandOutput } from './contract.js';
import type { Result } from './errors.js';
import type { EngineEvent } from './events.js';

export interface PickFileOptions {
  title?: string;
  /** e.g. [{ name: 'Data', extensions: ['csv', 'tsv', 'json', 'jsonl'] }] */
  filters?: { name: string; extensions: string[] }[];
}

/** A file the engine can read: a path on this machine (picked natively, or uploaded in browser mode). */
export interface PickedFile {
  path: string;
  name: string;
  size: number;
}

export type BridgeCommands = {
  [K in CommandName]: (input: CommandInput<K>) => Promise<Result<CommandOutput<K>>>;
};

export interface FactoryBridge {
  shell: 'electron';
  commands: BridgeCommands;
  onEvent(listener: (event: EngineEvent) => void): () => void;
  pickFile(options?: PickFileOptions): Promise<PickedFile | null>;
}

/** HTTP paths of browser mode. */
export const HTTP_API = {
  command: (name: string) => `/api/commands/${encodeURIComponent(name)}`,
  events: '/api/events',
  upload: '/api/upload',
} as const;

/** A command sent over the browser-mode WebSocket, and its answer. */
export interface WsCommand {
  id: string | number;
  command: string;
  input?: unknown;
}
export interface WsAnswer {
  type: 'answer';
  id: string | number | null;
  result: Result<unknown>;
}
