import { ACTIVATIONS } from '../lib/train-options';
import { ParamCheck } from './ParamCheck';
import { ParamNumber } from './ParamNumber';
import { ParamSelect } from './ParamSelect';

/** The MLP template: depth, width, activation, regularisation and categorical embeddings. */
export function MlpSection() {
  return (
    <fieldset className="param-group">
      <legend className="param-legend">Model: MLP</legend>
      <div className="param-grid">
        <ParamNumber path="mlp.hiddenLayers" label="Hidden layers" integer />
        <ParamNumber path="mlp.units" label="Units per layer" integer />
        <ParamSelect path="mlp.activation" label="Activation" options={ACTIVATIONS} />
        <ParamNumber path="mlp.dropout" label="Dropout" help="0 to 0.9" />
        <ParamNumber path="mlp.l2" label="L2" />
        <ParamCheck path="mlp.batchNorm" label="Batch normalisation" />
        <ParamNumber
          path="mlp.embeddingMinCategories"
          label="Embed categoricals from (categories)"
          integer
          help="0 = never; one-hot below it."
        />
        <ParamNumber
          path="mlp.embeddingDim"
          label="Embedding width"
          integer
          help="0 = from the categories."
        />
      </div>
    </fieldset>
  );
}
