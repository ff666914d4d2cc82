import { useTrainStore } from '../state/train-store';
import { ParamCheck } from './ParamCheck';
import { ParamNumber } from './ParamNumber';
import { ParamSelect } from './ParamSelect';

const MONITORS = [
  { id: 'val_loss', label: 'Validation loss' },
  { id: 'val_metric', label: 'Validation metric' },
];

/** Stop when the monitored validation number stops improving; the best epoch's weights are kept. */
export function EarlyStoppingSection() {
  const enabled = useTrainStore((s) => s.draft?.earlyStopping.enabled === true);
  return (
    <fieldset className="param-group">
      <legend className="param-legend">Early stopping</legend>
      <div className="param-grid">
        <ParamCheck path="earlyStopping.enabled" label="Stop early when validation stops improving" />
        {enabled && (
          <>
            <ParamSelect path="earlyStopping.monitor" label="Monitor" options={MONITORS} />
            <ParamNumber path="earlyStopping.patience" label="Patience (epochs)" integer />
            <ParamNumber path="earlyStopping.minDelta" label="Minimum change" />
          </>
        )}
      </div>
    </fieldset>
  );
}
