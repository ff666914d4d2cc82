import { BACKEND_IDS, type BackendId, type BackendReport } from '../../../shared/backend.js';
import type { EngineEvent } from '../../../shared/events.js';
import type { SettingsStore } from '../db/settings-store.js';
import { type ProbeArgs, probeBackends } from './backend-probe.js';

export interface BackendServiceArgs {
  settings: SettingsStore;
  env: NodeJS.ProcessEnv;
  emit: (event: EngineEvent) => void;
  /** Test hooks for the probe. */
  probe?: Pick<ProbeArgs, 'packageDir' | 'probeNative'>;
}

/** Holds the ML backend choice: probed once at start, again when asked or when the setting changes. */
export class BackendService {
  private current: Promise<BackendReport>;
  private settled: BackendReport | null = null;

  constructor(private readonly args: BackendServiceArgs) {
    this.current = this.run();
  }

  /** The forced backend: AI_FACTORY_BACKEND wins over the ml.backend setting. */
  private forced(): { forced: BackendId | null; forcedBy: 'env' | 'setting' | null; envNote: string | null } {
    const raw = this.args.env.AI_FACTORY_BACKEND?.trim();
    if (raw && raw !== 'auto') {
      if ((BACKEND_IDS as readonly string[]).includes(raw))
        return { forced: raw as BackendId, forcedBy: 'env', envNote: null };
      const note = `AI_FACTORY_BACKEND=${raw} is not one of auto, ${BACKEND_IDS.join(', ')}; ignored`;
      const setting = this.args.settings.get('ml.backend');
      return setting === 'auto'
        ? { forced: null, forcedBy: null, envNote: note }
        : { forced: setting, forcedBy: 'setting', envNote: note };
    }
    const setting = this.args.settings.get('ml.backend');
    return setting === 'auto'
      ? { forced: null, forcedBy: null, envNote: null }
      : { forced: setting, forcedBy: 'setting', envNote: null };
  }

  private async run(): Promise<BackendReport> {
    const { forced, forcedBy, envNote } = this.forced();
    const report = await probeBackends({ forced, forcedBy, ...this.args.probe });
    if (envNote) report.reason = `${envNote}. ${report.reason}`;
    this.settled = report;
    return report;
  }

  get(): Promise<BackendReport> {
    return this.current;
  }

  /** The chosen backend once the probe has finished (cpu before then). */
  chosenNow(): BackendId {
    return this.settled?.chosen ?? 'cpu';
  }

  async reprobe(): Promise<BackendReport> {
    this.current = this.run();
    const report = await this.current;
    this.args.emit({ type: 'backend.changed', backend: report });
    return report;
  }
}
