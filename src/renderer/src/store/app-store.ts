import { create } from 'zustand';
import type { BackendReport } from '../../../shared/backend';
import type { AppInfo, StepId, WorkspaceSummary } from '../../../shared/workspace';
import type { ThemeChoice } from '../lib/theme';
import type { ConnectionState } from '../transport/transport';

export interface AppState {
  info: AppInfo | null;
  backend: BackendReport | null;
  summary: WorkspaceSummary | null;
  theme: ThemeChoice;
  connection: ConnectionState;
  /** Why the first load failed, if it did. */
  loadError: string | null;
  selectedStep: StepId;
  setInfo(info: AppInfo): void;
  setBackend(backend: BackendReport): void;
  setSummary(summary: WorkspaceSummary): void;
  setThemeChoice(theme: ThemeChoice): void;
  setConnection(state: ConnectionState): void;
  setLoadError(message: string | null): void;
  selectStep(step: StepId): void;
}

export const useAppStore = create<AppState>()((set) => ({
  info: null,
  backend: null,
  summary: null,
  theme: 'system',
  connection: 'connecting',
  loadError: null,
  selectedStep: 'data',
  setInfo: (info) => set({ info, backend: info.backend }),
  setBackend: (backend) => set({ backend }),
  setSummary: (summary) => set({ summary }),
  setThemeChoice: (theme) => set({ theme }),
  setConnection: (connection) => set({ connection }),
  setLoadError: (loadError) => set({ loadError }),
  selectStep: (selectedStep) => set({ selectedStep }),
}));
