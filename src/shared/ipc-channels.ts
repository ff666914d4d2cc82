/** The only IPC channels between the Electron main process and the preload. */
export const IPC_CHANNELS = {
  /** invoke(name, input) → Result */
  command: 'factory:command',
  /** main → renderer: EngineEvent */
  event: 'factory:event',
  /** invoke(options) → PickedFile | null */
  pickFile: 'factory:pick-file',
} as const;
