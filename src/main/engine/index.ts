/** The engine's public surface for shells (Electron main, browser host, CLI). */
export { type Engine, type EngineOptions, type EventListener, openEngine } from './engine.js';
export { defaultWorkspaceDir, resolveWorkspaceDir } from './workspace.js';
