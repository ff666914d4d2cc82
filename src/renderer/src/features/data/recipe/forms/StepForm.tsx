import { ClipForm } from './ClipForm';
import { ApplyLabelsForm, CastForm, GroupRareForm, RenameForm } from './ColumnStepForms';
import { ColumnsStepForm } from './ColumnsStepForm';
import { ConditionsEditor } from './ConditionsEditor';
import type { StepFormProps } from './form-types';
import { ImputeForm } from './ImputeForm';

/** The form for a step's op. */
export function StepForm(props: StepFormProps) {
  const { step } = props;
  switch (step.op) {
    case 'impute':
      return <ImputeForm {...props} step={step} />;
    case 'drop_columns':
    case 'drop_missing':
    case 'deduplicate':
      return <ColumnsStepForm {...props} step={step} />;
    case 'drop_rows':
    case 'filter':
      return <ConditionsEditor {...props} step={step} />;
    case 'clip':
    case 'winsorize':
      return <ClipForm {...props} step={step} />;
    case 'cast':
      return <CastForm {...props} step={step} />;
    case 'rename':
      return <RenameForm {...props} step={step} />;
    case 'group_rare':
      return <GroupRareForm {...props} step={step} />;
    case 'apply_labels':
      return <ApplyLabelsForm {...props} step={step} />;
  }
}
