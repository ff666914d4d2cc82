import { call, errorMessage } from '../../../transport/client';
import { featureRows, keepFeature } from '../lib/feature-rows';
import { chooseTarget, monitoredVersion } from '../lib/monitor-choice';
import { parseWindowRows, seriesRequest } from '../lib/window-form';
import { loadAlerts } from './alert-actions';
import { type MonitorState, setMonitor, useMonitorStore } from './monitor-store';

/** What a report, a series and a distribution belong to: the model, the version picked and the window size. */
const targetKey = (s: MonitorState) =>
  `${s.selectedModel}|${s.pickedVersion ?? 'production'}|${s.windowRows}`;

/** Everything read for one model and version, cleared when the choice changes. */
const CLEARED: Partial<MonitorState> = {
  report: null,
  reportError: null,
  series: null,
  seriesError: null,
  distribution: null,
  distributionError: null,
  updatedAt: null,
};

/** The model open and the version whose traffic is read (the picked one, else production). */
function resolved(s: MonitorState): { modelName: string; version: number } | null {
  const model = s.models.find((m) => m.name === s.selectedModel);
  if (!model) return null;
  const version = monitoredVersion(model, s.pickedVersion);
  return version === null ? null : { modelName: model.name, version };
}

let latestRefresh = 0;

/**
 * Models and their versions; keeps the model and the picked version while they exist (else the
 * first model with a production version), then refreshes, since production may have moved.
 */
export async function refreshModels(): Promise<void> {
  try {
    const models = await call('models.list', {});
    const s = useMonitorStore.getState();
    const target = chooseTarget(
      models,
      s.selectedModel ? { model: s.selectedModel, version: s.pickedVersion } : null,
    );
    const modelMoved = (target?.model ?? null) !== s.selectedModel;
    const versionMoved = (target?.version ?? null) !== s.pickedVersion;
    setMonitor({
      models,
      modelsLoaded: true,
      loadError: null,
      selectedModel: target?.model ?? null,
      pickedVersion: target?.version ?? null,
      ...(modelMoved || versionMoved ? CLEARED : {}),
      ...(modelMoved ? { alerts: [], openCount: 0, alertsError: null, selectedFeature: null } : {}),
    });
    await refreshMonitor();
  } catch (err) {
    setMonitor({ modelsLoaded: true, loadError: errorMessage(err) });
  }
}

/** Open a model (its production version by default). */
export async function selectModel(name: string): Promise<void> {
  setMonitor({
    selectedModel: name,
    pickedVersion: null,
    selectedFeature: null,
    alerts: [],
    openCount: 0,
    alertsError: null,
    acknowledgeError: null,
    ...CLEARED,
  });
  await refreshMonitor();
}

/** Read another version's traffic (null: whichever version is in production). */
export async function selectVersion(version: number | null): Promise<void> {
  setMonitor({ pickedVersion: version, ...CLEARED });
  await refreshMonitor();
}

/** The window size field changed (applied by Refresh). */
export function setWindowText(text: string): void {
  setMonitor({ windowText: text, windowError: null });
}

/** Apply the window size typed (or say what to fix), then refresh. */
export async function applyWindowAndRefresh(): Promise<void> {
  const parsed = parseWindowRows(useMonitorStore.getState().windowText);
  if ('error' in parsed) {
    setMonitor({ windowError: parsed.error });
    return;
  }
  setMonitor((s) =>
    s.windowRows === parsed.rows
      ? { windowError: null }
      : { windowRows: parsed.rows, windowError: null, ...CLEARED },
  );
  await refreshMonitor();
}

/**
 * Re-read everything for the open model: its alerts, and for the version monitored the report, the
 * drift over time and the selected feature's distributions. Only the newest refresh's answers are kept.
 */
export async function refreshMonitor(): Promise<void> {
  const s = useMonitorStore.getState();
  if (!s.selectedModel) return;
  void loadAlerts();
  const target = resolved(s);
  const seq = ++latestRefresh;
  if (!target) {
    setMonitor({ ...CLEARED, refreshing: false });
    return;
  }
  setMonitor({ refreshing: true });
  const [report, series] = await Promise.allSettled([
    call('monitor.report', { ...target, window: { rows: s.windowRows } }),
    call('monitor.series', { ...target, ...seriesRequest(s.windowRows) }),
  ]);
  if (seq !== latestRefresh) return;
  const rows =
    report.status === 'fulfilled' ? featureRows(report.value.features, report.value.quality.breaches) : [];
  const feature =
    report.status === 'fulfilled' ? keepFeature(rows, useMonitorStore.getState().selectedFeature) : null;
  setMonitor({
    refreshing: false,
    updatedAt: new Date().toISOString(),
    ...(report.status === 'fulfilled'
      ? { report: report.value, reportError: null, selectedFeature: feature }
      : { report: null, reportError: errorMessage(report.reason) }),
    ...(series.status === 'fulfilled'
      ? { series: series.value, seriesError: null }
      : { series: null, seriesError: errorMessage(series.reason) }),
  });
  if (feature && report.status === 'fulfilled' && report.value.window.rows > 0)
    await loadDistribution(feature);
  else setMonitor({ distribution: null, distributionError: null });
}

/** Show a feature's reference and current distributions. */
export async function selectFeature(feature: string): Promise<void> {
  setMonitor((s) =>
    s.selectedFeature === feature
      ? {}
      : { selectedFeature: feature, distribution: null, distributionError: null },
  );
  await loadDistribution(feature);
}

/** The reference (training) and current (window) distributions of one feature. */
async function loadDistribution(feature: string): Promise<void> {
  const s = useMonitorStore.getState();
  const target = resolved(s);
  if (!target) return;
  const key = targetKey(s);
  try {
    const distribution = await call('monitor.distribution', {
      ...target,
      feature,
      window: { rows: s.windowRows },
    });
    const now = useMonitorStore.getState();
    if (targetKey(now) !== key || now.selectedFeature !== feature) return;
    setMonitor({ distribution, distributionError: null });
  } catch (err) {
    const now = useMonitorStore.getState();
    if (targetKey(now) !== key || now.selectedFeature !== feature) return;
    setMonitor({ distribution: null, distributionError: errorMessage(err) });
  }
}
