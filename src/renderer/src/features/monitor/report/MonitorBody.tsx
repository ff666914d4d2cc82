import { useAppStore } from '../../../store/app-store';
import { predictUrl } from '../../deploy/lib/examples';
import { MonitorEmpty } from '../components/MonitorEmpty';
import { DriftPanel } from '../drift/DriftPanel';
import { FeaturePanel } from '../features/FeaturePanel';
import { monitoredVersion } from '../lib/monitor-choice';
import { useMonitorStore } from '../state/monitor-store';
import { ReportNotes } from '../summary/ReportNotes';
import { SummaryPanel } from '../summary/SummaryPanel';
import { ReportLists } from './ReportLists';

/** A button to the Deploy step (promote a version, start the server). */
function GoToDeploy() {
  const selectStep = useAppStore((s) => s.selectStep);
  return (
    <button type="button" className="button button-primary" onClick={() => selectStep('deploy')}>
      Go to Deploy
    </button>
  );
}

/** Where predictions go: the predict URL when the server runs, else a word on starting it. */
function SendHint({ model }: { model: string }) {
  const server = useMonitorStore((s) => s.server);
  if (server?.running && server.url) {
    return (
      <p className="empty-note">
        Send predictions to the inference port, e.g. <code>POST {predictUrl(server.url, model)}</code>; they
        appear here within 10 s.
      </p>
    );
  }
  return (
    <p className="empty-note">
      Send predictions to the inference port; they appear here. The server is not running: start it in Deploy.
    </p>
  );
}

/** The report's panels for the model and version monitored, or why there is nothing to show. */
export function MonitorBody() {
  const model = useMonitorStore((s) => s.models.find((m) => m.name === s.selectedModel));
  const picked = useMonitorStore((s) => s.pickedVersion);
  const report = useMonitorStore((s) => s.report);
  const error = useMonitorStore((s) => s.reportError);
  const rows = useMonitorStore((s) => s.windowRows);
  if (!model) return null;
  const version = monitoredVersion(model, picked);
  if (version === null) {
    return (
      <MonitorEmpty reason="no-production" heading={`No version of ${model.name} is in production`}>
        <p className="empty-note">
          Promote a version in Deploy to monitor the traffic it serves, or pick a version above to read its
          own traffic.
        </p>
        <GoToDeploy />
      </MonitorEmpty>
    );
  }
  if (error) {
    return (
      <p className="error-text" role="alert">
        Could not read the monitoring report of {model.name} v{version}: {error}
      </p>
    );
  }
  if (!report || report.modelName !== model.name || report.version !== version) {
    return (
      <p className="muted">
        Reading the traffic of {model.name} v{version}…
      </p>
    );
  }
  if (report.window.rows === 0) {
    return (
      <MonitorEmpty reason="no-traffic" heading={`No predictions of ${model.name} v${version} yet`}>
        <SendHint model={model.name} />
        <ReportNotes notes={report.notes} />
        <p className="muted">The window reads the last {rows.toLocaleString('en-US')} predictions.</p>
        <GoToDeploy />
      </MonitorEmpty>
    );
  }
  return (
    <>
      <SummaryPanel report={report} />
      <FeaturePanel report={report} />
      <DriftPanel report={report} />
      <ReportLists report={report} />
    </>
  );
}
