import { create } from 'zustand';
import type { DatasetRecord, RecipeStep, VersionRecord } from '../../../../../shared/data';
import { addSteps, type DraftStep } from '../recipe/recipe-draft';

/** The views of an open version, in tab order. */
export const DATA_VIEWS = [
  'table',
  'columns',
  'profile',
  'quality',
  'recipe',
  'split',
  'labeling',
  'compare',
] as const;
export type DataViewId = (typeof DATA_VIEWS)[number];

export const DATA_VIEW_LABEL: Record<DataViewId, string> = {
  table: 'Rows',
  columns: 'Columns',
  profile: 'Profile',
  quality: 'Quality',
  recipe: 'Recipe',
  split: 'Split',
  labeling: 'Labeling',
  compare: 'Compare',
};

export interface DataState {
  datasets: DatasetRecord[];
  /** False until the first data.list answered. */
  loaded: boolean;
  listError: string | null;
  datasetId: string | null;
  versionId: string | null;
  /** The open version (null while it loads). */
  version: VersionRecord | null;
  versionError: string | null;
  view: DataViewId;
  importOpen: boolean;
  /** The recipe being edited (applies to the open version). */
  draft: DraftStep[];
  setDatasets(datasets: DatasetRecord[]): void;
  setListError(message: string | null): void;
  select(datasetId: string | null, versionId: string | null): void;
  setVersion(version: VersionRecord | null, error?: string | null): void;
  setView(view: DataViewId): void;
  setImportOpen(open: boolean): void;
  setDraft(draft: DraftStep[]): void;
  appendToDraft(steps: RecipeStep[]): void;
}

export const useDataStore = create<DataState>()((set) => ({
  datasets: [],
  loaded: false,
  listError: null,
  datasetId: null,
  versionId: null,
  version: null,
  versionError: null,
  view: 'table',
  importOpen: false,
  draft: [],
  setDatasets: (datasets) => set({ datasets, loaded: true, listError: null }),
  setListError: (listError) => set({ listError, loaded: true }),
  select: (datasetId, versionId) =>
    set((s) => ({
      datasetId,
      versionId,
      version: s.version && s.version.id === versionId ? s.version : null,
      versionError: null,
    })),
  setVersion: (version, error = null) => set({ version, versionError: error }),
  setView: (view) => set({ view }),
  setImportOpen: (importOpen) => set({ importOpen }),
  setDraft: (draft) => set({ draft }),
  appendToDraft: (steps) => set((s) => ({ draft: addSteps(s.draft, steps) })),
}));
