/** The "Data" section: which rows the evaluation used, how many, and how many were dropped. */
import type { EvaluationReport } from '../../../../../shared/evaluate.js';
import type { ModelMetadata } from '../../../../../shared/train.js';
import { formatNumber, formatPercent } from '../format.js';
import type { Html } from '../html.js';
import { facts, section } from './parts.js';

/** Dataset display info the caller looks up (the report holds ids). */
export interface DatasetInfo {
  name: string | null;
  versionNumber: number | null;
  /** Rows of the dataset version. */
  rows: number | null;
}

const SOURCES: Record<EvaluationReport['data']['source'], string> = {
  'test-split': "The model version's held-out test split",
  'test-version': 'The test dataset version chosen at training',
  'dataset-version': 'A dataset version chosen for this evaluation',
};

/** The data section. */
export function dataSection(report: EvaluationReport, metadata: ModelMetadata, dataset: DatasetInfo): Html {
  const d = report.data;
  const name = dataset.name ?? d.datasetName ?? d.datasetId;
  const versionNumber = dataset.versionNumber ?? d.versionNumber;
  const total = d.rows + d.droppedRows;
  return section(
    'data',
    'Data',
    facts([
      ['Dataset', name],
      ['Version', versionNumber === null ? d.versionId : `v${versionNumber}`],
      ['Source', SOURCES[d.source]],
      ['Rows in the dataset version', formatNumber(dataset.rows)],
      ['Rows in the evaluation', formatNumber(d.rows)],
      [
        'Dropped rows',
        `${formatNumber(d.droppedRows)} (${formatPercent(total > 0 ? d.droppedRows / total : 0)}): ${report.task === 'regression' ? 'target missing' : 'target missing or a class the model never saw'}`,
      ],
      ['Rows scored', formatNumber(report.metrics.rows)],
      [
        'Trained on',
        `dataset version ${metadata.dataset.versionId} (content ${metadata.dataset.contentHash.slice(0, 12)})`,
      ],
    ]),
  );
}
