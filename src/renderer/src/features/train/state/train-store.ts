import { create } from 'zustand';
import type { DatasetRecord, TaskType, VersionRecord } from '../../../../../shared/data';
import type {
  EpochRecord,
  ModelVersionRecord,
  RunRecord,
  TrainParams,
  TuneSpec,
  TuningRecord,
} from '../../../../../shared/train';
import type { FieldErrors } from '../lib/field-errors';
import type { RunSort } from '../lib/sort-runs';
import type { DimensionDraft } from '../lib/space-draft';

export type TrainMode = 'train' | 'tune';

/** What train.defaults answered for a version: its data-derived parameters and data shape. */
export interface Defaults {
  versionId: string;
  params: TrainParams;
  shape: {
    trainRows: number;
    features: number;
    classes: number | null;
    task: TaskType;
    textColumns: string[];
  };
}

export interface ModelGroup {
  name: string;
  task: TaskType;
  versions: ModelVersionRecord[];
}

/** The tuning form besides its search space. */
export interface TuneSettings {
  strategy: TuneSpec['strategy'];
  trials: number;
  /** Minutes; null: no time budget. */
  timeBudgetMinutes: number | null;
  maxEpochs: number;
  eta: number;
  concurrency: number;
  seed: number;
}

export const DEFAULT_TUNE_SETTINGS: TuneSettings = {
  strategy: 'hyperband',
  trials: 20,
  timeBudgetMinutes: null,
  maxEpochs: 27,
  eta: 3,
  concurrency: 1,
  seed: 1,
};

export interface TrainState {
  datasets: DatasetRecord[];
  datasetsLoaded: boolean;
  loadError: string | null;
  /** Version records loaded so far (target, task, split), by id. */
  versions: Record<string, VersionRecord>;
  versionId: string | null;
  testVersionId: string | null;
  modelName: string;
  defaults: Defaults | null;
  defaultsError: string | null;
  /** The parameters being edited (the defaults until changed). */
  draft: TrainParams | null;
  /** Fields whose text is not a valid value yet, by path. */
  invalid: Record<string, boolean>;
  mode: TrainMode;
  busy: boolean;
  /** The engine's answer to the last start, by field. */
  startErrors: FieldErrors | null;

  runs: RunRecord[];
  runsLoaded: boolean;
  showTrials: boolean;
  selectedRunId: string | null;
  /** Stored per-epoch curves, by run id. */
  epochs: Record<string, EpochRecord[]>;
  compareIds: string[];
  sort: RunSort;

  tunings: TuningRecord[];
  selectedTuningId: string | null;
  tune: TuneSettings;
  space: DimensionDraft[];
  /** The engine's answer to the last tuning start: the message and per-dimension messages. */
  tuneErrors: { message: string; dimensions: Record<number, string>; base: Record<string, string> } | null;

  models: ModelGroup[];
}

export const initialTrainState: TrainState = {
  datasets: [],
  datasetsLoaded: false,
  loadError: null,
  versions: {},
  versionId: null,
  testVersionId: null,
  modelName: '',
  defaults: null,
  defaultsError: null,
  draft: null,
  invalid: {},
  mode: 'train',
  busy: false,
  startErrors: null,
  runs: [],
  runsLoaded: false,
  showTrials: false,
  selectedRunId: null,
  epochs: {},
  compareIds: [],
  sort: { key: 'created', dir: 'desc' },
  tunings: [],
  selectedTuningId: null,
  tune: DEFAULT_TUNE_SETTINGS,
  space: [],
  tuneErrors: null,
  models: [],
};

/** The Train step's state; actions that talk to the engine live in run-actions.ts and friends. */
export const useTrainStore = create<TrainState>()(() => initialTrainState);

export const setTrain = (patch: Partial<TrainState> | ((s: TrainState) => Partial<TrainState>)): void =>
  useTrainStore.setState(patch);

function newestFirst<T extends { createdAt: string; id: string }>(items: T[]): T[] {
  return items.sort((a, b) =>
    a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt),
  );
}

/** Put run records in (replacing those with the same id), newest first. */
export function upsertRuns(runs: RunRecord[]): void {
  setTrain((s) => {
    const byId = new Map(s.runs.map((r) => [r.id, r]));
    for (const r of runs) byId.set(r.id, r);
    return { runs: newestFirst([...byId.values()]), runsLoaded: true };
  });
}

export function upsertTuning(tuning: TuningRecord): void {
  setTrain((s) => {
    const others = s.tunings.filter((t) => t.id !== tuning.id);
    return { tunings: newestFirst([tuning, ...others]) };
  });
}

/** Change one parameter of the draft by path ("mlp.units", "earlyStopping.enabled", "schedule"). */
export function setParam(path: string, value: unknown): void {
  setTrain((s) => {
    if (!s.draft) return {};
    const [head, sub] = path.split('.') as [keyof TrainParams, string | undefined];
    const draft = { ...s.draft } as Record<string, unknown>;
    if (sub === undefined) draft[head] = value;
    else draft[head] = { ...(draft[head] as Record<string, unknown>), [sub]: value };
    const fields = s.startErrors ? { ...s.startErrors.fields } : null;
    if (fields) delete fields[path];
    return {
      draft: draft as unknown as TrainParams,
      startErrors: s.startErrors && fields ? { ...s.startErrors, fields } : null,
    };
  });
}

export function setInvalid(path: string, invalid: boolean): void {
  setTrain((s) => {
    if (Boolean(s.invalid[path]) === invalid) return {};
    const next = { ...s.invalid };
    if (invalid) next[path] = true;
    else delete next[path];
    return { invalid: next };
  });
}
