import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { type BrowserWindow, dialog, type IpcMainInvokeEvent, ipcMain } from 'electron';
import { z } from 'zod';
import type { PickedFile } from '../shared/bridge.js';
import type { Result } from '../shared/errors.js';
import { IPC_CHANNELS } from '../shared/ipc-channels.js';
import type { Engine } from './engine/index.js';

const PickFileOptions = z
  .object({
    title: z.string().max(200).optional(),
    filters: z
      .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().max(20)).max(50) }))
      .max(20)
      .optional(),
  })
  .strict();

/**
 * One handler per channel: every contract command goes through engine.invoke (which validates
 * it against the contract), so a new command needs no code here. Only our own window may call.
 */
export function registerIpc(
  engine: Engine,
  window: () => BrowserWindow | null,
  isOwnPage: (url: string) => boolean,
): () => void {
  const guard = (e: IpcMainInvokeEvent): boolean => isOwnPage(e.senderFrame?.url ?? '');

  ipcMain.handle(IPC_CHANNELS.command, async (e, name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!guard(e))
      return { ok: false, error: { kind: 'invalid_input', message: 'Refused: not the AI Factory window.' } };
    return engine.invoke(name, input);
  });

  ipcMain.handle(IPC_CHANNELS.pickFile, async (e, raw: unknown): Promise<PickedFile | null> => {
    if (!guard(e)) return null;
    const opts = PickFileOptions.safeParse(raw ?? {});
    if (!opts.success) return null;
    const win = window();
    const dialogOpts = {
      title: opts.data.title ?? 'Choose a file',
      properties: ['openFile' as const],
      filters: opts.data.filters ?? [],
    };
    const res = win ? await dialog.showOpenDialog(win, dialogOpts) : await dialog.showOpenDialog(dialogOpts);
    const path = res.filePaths[0];
    if (res.canceled || !path) return null;
    return { path, name: basename(path), size: statSync(path).size };
  });

  const unsubscribe = engine.subscribe((event) => {
    const win = window();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_CHANNELS.event, event);
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_CHANNELS.command);
    ipcMain.removeHandler(IPC_CHANNELS.pickFile);
  };
}
