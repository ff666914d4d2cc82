import type { PickedFile, PickFileOptions } from '../../../shared/bridge';
import type { CommandName } from '../../../shared/command-names';
import type { Result } from '../../../shared/errors';
import type { EngineEvent } from '../../../shared/events';

/** Whether engine events are flowing: always `open` in Electron; the WebSocket's state in browser mode. */
export type ConnectionState = 'connecting' | 'open' | 'closed';

/**
 * How the renderer reaches the engine. One implementation per shell (Electron IPC through the
 * preload, or HTTP + WebSocket in browser mode); nothing outside `transport/` knows which runs.
 */
export interface Transport {
  readonly shell: 'electron' | 'browser';
  invoke(name: CommandName, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: EngineEvent) => void): () => void;
  onConnection(listener: (state: ConnectionState) => void): () => void;
  pickFile(options?: PickFileOptions): Promise<PickedFile | null>;
  /**
   * Browser mode only: send a file the page holds (a dropped or chosen File) to the engine.
   * Electron's sandboxed page cannot see a dropped file's path, so it has no upload.
   */
  uploadFile?(file: File): Promise<PickedFile>;
}
