import type { ColumnSchema, FeaturePipeline, PipelineOptions, TaskType } from '../../../../shared/data.js';
import type { Table } from '../table/types.js';

export interface PipelineMeta {
  versionId: string;
  columns: ColumnSchema[];
  target: string | null;
  task: TaskType | null;
}

/** Fit on the train rows only (assignment 0; all rows when there is no split). */
export function fitPipeline(_table: Table, _meta: PipelineMeta, _assignment: Uint8Array | null, _options: PipelineOptions): FeaturePipeline {
  throw new Error('fitPipeline: not implemented yet');
}
