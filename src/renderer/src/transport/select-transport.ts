import { electronTransport } from './electron-transport';
import { httpTransport } from './http-transport';
import type { Transport } from './transport';

/** Electron's preload exposes `window.factory`; without it we run in a browser against serve-ui. */
export function selectTransport(): Transport {
  return window.factory ? electronTransport(window.factory) : httpTransport();
}
