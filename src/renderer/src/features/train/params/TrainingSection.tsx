import { CLASS_WEIGHTS, OPTIMIZERS } from '../lib/train-options';
import { useTrainStore } from '../state/train-store';
import { ParamNumber } from './ParamNumber';
import { ParamSelect } from './ParamSelect';

/** Epochs, batch, learning rate, optimizer, class weights and seed. */
export function TrainingSection() {
  const classification = useTrainStore((s) => s.defaults?.shape.task !== 'regression');
  return (
    <fieldset className="param-group">
      <legend className="param-legend">Training</legend>
      <div className="param-grid">
        <ParamNumber path="epochs" label="Epochs" integer />
        <ParamNumber path="batchSize" label="Batch size" integer />
        <ParamNumber path="learningRate" label="Learning rate" />
        <ParamSelect path="optimizer" label="Optimizer" options={OPTIMIZERS} />
        {classification && <ParamSelect path="classWeights" label="Class weights" options={CLASS_WEIGHTS} />}
        <ParamNumber path="seed" label="Seed" integer help="Same seed, same data: the same run." />
      </div>
    </fieldset>
  );
}
