import type { RecipeStep } from '../../../../../../shared/data';
import { ColumnChecklist } from './ColumnChecklist';
import type { StepFormProps, StepOf } from './form-types';

type ColumnsStep = StepOf<'drop_columns'> | StepOf<'drop_missing'> | StepOf<'deduplicate'>;

const LEGEND: Record<ColumnsStep['op'], string> = {
  drop_columns: 'Columns to drop',
  drop_missing: 'Drop a row when any of these is missing (none ticked: any column)',
  deduplicate: 'Compare these columns (none ticked: all columns)',
};

/** Steps that take a list of columns: drop_columns (required), drop_missing and deduplicate (optional). */
export function ColumnsStepForm({ step, columns, onChange }: StepFormProps<ColumnsStep>) {
  const value = step.columns ?? [];
  const change = (cols: string[]) => {
    if (step.op === 'drop_columns') onChange({ op: 'drop_columns', columns: cols });
    else onChange((cols.length > 0 ? { op: step.op, columns: cols } : { op: step.op }) as RecipeStep);
  };
  return (
    <div className="step-form">
      <ColumnChecklist legend={LEGEND[step.op]} value={value} columns={columns} onChange={change} />
    </div>
  );
}
