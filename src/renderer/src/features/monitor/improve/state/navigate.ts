import { useAppStore } from '../../../../store/app-store';
import { selectModel as selectDeployModel } from '../../../deploy/state/deploy-actions';
import { openEvaluation, selectModel as selectEvaluateModel } from '../../../evaluate/state/model-actions';
import type { ChipTarget } from '../lib/timeline-view';

/**
 * Follow a timeline chip to its step: an evaluation opens its report in Evaluate (pinned, so a
 * newer evaluation does not replace it), a version opens in Deploy. The step is switched after the
 * selection is made, so the step's own first load keeps it instead of picking its default.
 */
export async function followChip(modelName: string, target: ChipTarget): Promise<void> {
  if (!target) return;
  if (target.step === 'evaluate') {
    await selectEvaluateModel(modelName);
    await openEvaluation(target.evaluationId, true);
    useAppStore.getState().selectStep('evaluate');
  } else {
    await selectDeployModel(modelName, target.version);
    useAppStore.getState().selectStep('deploy');
  }
}
