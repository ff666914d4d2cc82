import { HTTP_API } from '../../../shared/bridge';
import type { CommandName } from '../../../shared/command-names';
import type { Result } from '../../../shared/errors';
import type { EngineEvent } from '../../../shared/events';
import { browserPickFile, uploadFile } from './browser-pick-file';
import { EventSocket } from './event-socket';
import { resultFromResponse, unreachable } from './result-from-response';
import type { ConnectionState, Transport } from './transport';

/** Browser mode: commands as POST /api/commands/<name>, events over one WebSocket to the same origin. */
export function httpTransport(origin: Location = window.location): Transport {
  const eventListeners = new Set<(event: EngineEvent) => void>();
  const stateListeners = new Set<(state: ConnectionState) => void>();
  let state: ConnectionState = 'connecting';
  const wsUrl = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}${HTTP_API.events}`;
  const socket = new EventSocket({
    url: wsUrl,
    onEvent: (event) => {
      for (const listener of eventListeners) listener(event);
    },
    onState: (next) => {
      state = next;
      for (const listener of stateListeners) listener(next);
    },
  });
  let started = false;
  const ensureStarted = () => {
    if (started) return;
    started = true;
    socket.start();
  };

  return {
    shell: 'browser',
    async invoke(name: CommandName, input: unknown): Promise<Result<unknown>> {
      try {
        const response = await fetch(HTTP_API.command(name), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return await resultFromResponse(response);
      } catch (err) {
        return unreachable(err);
      }
    },
    onEvent(listener) {
      eventListeners.add(listener);
      ensureStarted();
      return () => {
        eventListeners.delete(listener);
      };
    },
    onConnection(listener) {
      stateListeners.add(listener);
      listener(state);
      ensureStarted();
      return () => {
        stateListeners.delete(listener);
      };
    },
    pickFile: browserPickFile,
    uploadFile,
  };
}
