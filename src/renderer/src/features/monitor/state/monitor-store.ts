import { create } from 'zustand';
import type { AlertRecord } from '../../../../../shared/alerts';
import type { FeatureDistribution, MonitorReport, MonitorSeries } from '../../../../../shared/monitor-report';
import type { ModelSummary, ServeStats, ServeStatsPoint, ServeStatus } from '../../../../../shared/serve';
import { DEFAULT_WINDOW_ROWS } from '../lib/window-form';

export interface MonitorState {
  models: ModelSummary[];
  modelsLoaded: boolean;
  loadError: string | null;
  selectedModel: string | null;
  /** The version picked; null = whichever version is in production. */
  pickedVersion: number | null;

  /** The window size field as typed, the size in use, and what to fix in the field. */
  windowText: string;
  windowRows: number;
  windowError: string | null;

  /** A refresh is running (manual or automatic). */
  refreshing: boolean;
  /** ISO time of the last refresh that answered. */
  updatedAt: string | null;

  report: MonitorReport | null;
  reportError: string | null;
  series: MonitorSeries | null;
  seriesError: string | null;

  /** The feature whose distributions are shown. */
  selectedFeature: string | null;
  distribution: FeatureDistribution | null;
  distributionError: string | null;

  /** The model's alerts (open and acknowledged, newest first), how many are open, and the acknowledge in flight. */
  alerts: AlertRecord[];
  openCount: number;
  alertsError: string | null;
  acknowledging: string | null;
  acknowledgeError: string | null;

  /** serve.stats: per-second traffic of the inference server (all models). */
  points: ServeStatsPoint[];
  totals: ServeStats['totals'] | null;
  /** The inference server's status (where to send predictions). */
  server: ServeStatus | null;
}

export const initialMonitorState: MonitorState = {
  models: [],
  modelsLoaded: false,
  loadError: null,
  selectedModel: null,
  pickedVersion: null,
  windowText: String(DEFAULT_WINDOW_ROWS),
  windowRows: DEFAULT_WINDOW_ROWS,
  windowError: null,
  refreshing: false,
  updatedAt: null,
  report: null,
  reportError: null,
  series: null,
  seriesError: null,
  selectedFeature: null,
  distribution: null,
  distributionError: null,
  alerts: [],
  openCount: 0,
  alertsError: null,
  acknowledging: null,
  acknowledgeError: null,
  points: [],
  totals: null,
  server: null,
};

/** The Monitor step's state; actions that talk to the engine live in the other files of state/. */
export const useMonitorStore = create<MonitorState>()(() => initialMonitorState);

export const setMonitor = (
  patch: Partial<MonitorState> | ((s: MonitorState) => Partial<MonitorState>),
): void => useMonitorStore.setState(patch);
