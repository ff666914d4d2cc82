/** The card's header: model, version, task, dates and the gate's verdict badge. */
import type { EvaluationReport } from '../../../../../shared/evaluate.js';
import type { ModelMetadata } from '../../../../../shared/train.js';
import { formatDate } from '../format.js';
import { type Html, h } from '../html.js';
import { facts, passBadge } from './parts.js';

const TASK_NAMES = {
  binary: 'Binary classification',
  multiclass: 'Multiclass classification',
  regression: 'Regression',
} as const;

/** "Binary classification", "Regression" … */
export function taskName(task: EvaluationReport['task']): string {
  return TASK_NAMES[task];
}

/** The header block. */
export function headerSection(report: EvaluationReport, metadata: ModelMetadata): Html {
  const passed = report.gate.checks.filter((c) => c.passed).length;
  return h(
    'header',
    { class: 'card-header' },
    h('p', { class: 'subtitle' }, 'Model card'),
    h(
      'h1',
      null,
      report.modelName,
      ` · version ${report.version} `,
      passBadge(report.gate.passed, 'verdict'),
    ),
    facts([
      ['Task', taskName(report.task)],
      ['Target', metadata.target],
      ...(metadata.labels ? [['Classes', metadata.labels.join(', ')] as const] : []),
      ['Evaluated', formatDate(report.createdAt)],
      ['Trained', formatDate(metadata.createdAt)],
      [
        'Gate',
        `${report.gate.passed ? 'passed' : 'failed'}: ${passed} of ${report.gate.checks.length} checks passed`,
      ],
    ]),
  );
}
