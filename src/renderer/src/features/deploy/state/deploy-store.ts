import { create } from 'zustand';
import type {
  Lineage,
  ModelDetail,
  ModelSummary,
  RequestLogRecord,
  ServeStats,
  ServeStatsPoint,
  ServeStatus,
} from '../../../../../shared/serve';
import type { ExampleInput, ExampleRow } from '../lib/example-inputs';

/** What the examples are built from: the version's inputs and one row of its dataset. */
export interface ExampleData {
  key: string;
  inputs: ExampleInput[];
  row: ExampleRow;
}

export interface DeployState {
  models: ModelSummary[];
  modelsLoaded: boolean;
  loadError: string | null;
  selectedModel: string | null;
  selectedVersion: number | null;
  detail: ModelDetail | null;
  lineage: Lineage | null;
  lineageError: string | null;
  /** The engine's answer to the last promote / rollback (shown next to its control). */
  promoteError: string | null;
  rollbackError: string | null;
  busy: boolean;

  status: ServeStatus | null;
  statusError: string | null;
  /** The engine's answer to the last start / stop. */
  serverError: string | null;
  serverBusy: boolean;
  /** Address the server will use when started (from the serve.* settings). */
  configured: { host: string; port: number } | null;

  points: ServeStatsPoint[];
  totals: ServeStats['totals'] | null;
  requests: RequestLogRecord[];

  example: ExampleData | null;
  exampleError: string | null;
}

export const initialDeployState: DeployState = {
  models: [],
  modelsLoaded: false,
  loadError: null,
  selectedModel: null,
  selectedVersion: null,
  detail: null,
  lineage: null,
  lineageError: null,
  promoteError: null,
  rollbackError: null,
  busy: false,
  status: null,
  statusError: null,
  serverError: null,
  serverBusy: false,
  configured: null,
  points: [],
  totals: null,
  requests: [],
  example: null,
  exampleError: null,
};

/** The Deploy step's state; actions that talk to the engine live in deploy-actions.ts and serve-actions.ts. */
export const useDeployStore = create<DeployState>()(() => initialDeployState);

export const setDeploy = (patch: Partial<DeployState> | ((s: DeployState) => Partial<DeployState>)): void =>
  useDeployStore.setState(patch);
