import type { FactoryBridge } from '../shared/bridge';

declare global {
  interface Window {
    /** Present only in the Electron shell (exposed by the preload). */
    factory?: FactoryBridge;
  }
}
