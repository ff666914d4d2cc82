import { refreshSummarySoon } from '../../../store/engine-sync';
import { call, errorMessage } from '../../../transport/client';
import { downloadTextFile } from '../lib/download-file';
import { setEvaluate, useEvaluateStore } from './evaluate-store';
import { refreshModels } from './model-actions';

/** Download the shown evaluation as a self-contained HTML model card. */
export async function exportModelCard(): Promise<void> {
  const report = useEvaluateStore.getState().report;
  if (!report) return;
  setEvaluate({ cardBusy: true, cardError: null });
  try {
    const card = await call('evaluate.modelCard', { id: report.id });
    downloadTextFile(card.fileName, card.html, 'text/html');
  } catch (err) {
    setEvaluate({ cardError: errorMessage(err) });
  } finally {
    setEvaluate({ cardBusy: false });
  }
}

/**
 * Promote the shown report's version to production with a reason; `override` promotes a version
 * whose gate blocked it (the engine records the override with the reason).
 */
export async function promoteEvaluated(reason: string, override: boolean): Promise<boolean> {
  const report = useEvaluateStore.getState().report;
  if (!report) return false;
  setEvaluate({ promoteBusy: true, promoteError: null, promoteDone: null });
  try {
    const record = await call('models.promote', {
      name: report.modelName,
      version: report.version,
      stage: 'production',
      reason,
      overrideGate: override,
    });
    setEvaluate({ promoteDone: `v${record.version} is now in ${record.stage}.` });
    refreshSummarySoon();
    await refreshModels();
    return true;
  } catch (err) {
    setEvaluate({ promoteError: errorMessage(err) });
    return false;
  } finally {
    setEvaluate({ promoteBusy: false });
  }
}
