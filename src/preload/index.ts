/**
 * The sandboxed preload: exposes `window.factory` with one named function per contract
 * command, an event subscription and a native file picker. Nothing raw (no ipcRenderer).
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { BridgeCommands, FactoryBridge, PickFileOptions } from '../shared/bridge.js';
import { COMMAND_NAMES } from '../shared/command-names.js';
import type { EngineEvent } from '../shared/events.js';
import { IPC_CHANNELS } from '../shared/ipc-channels.js';

const commands = Object.fromEntries(
  COMMAND_NAMES.map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(IPC_CHANNELS.command, name, input),
  ]),
) as unknown as BridgeCommands;

const bridge: FactoryBridge = {
  shell: 'electron',
  commands,
  onEvent(listener: (event: EngineEvent) => void) {
    const handler = (_e: IpcRendererEvent, event: EngineEvent) => listener(event);
    ipcRenderer.on(IPC_CHANNELS.event, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.event, handler);
    };
  },
  pickFile: (options?: PickFileOptions) => ipcRenderer.invoke(IPC_CHANNELS.pickFile, options ?? {}),
};

contextBridge.exposeInMainWorld('factory', bridge);
