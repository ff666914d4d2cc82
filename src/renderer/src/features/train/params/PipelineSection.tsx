import { ENCODINGS, SCALINGS } from '../lib/train-options';
import { ParamCheck } from './ParamCheck';
import { ParamNumber } from './ParamNumber';
import { ParamSelect } from './ParamSelect';

/** How columns become the model's inputs (fitted on the train split only). */
export function PipelineSection() {
  return (
    <details className="param-group param-details">
      <summary className="param-legend">Feature pipeline</summary>
      <div className="param-grid">
        <ParamSelect path="pipeline.numericScaling" label="Numeric scaling" options={SCALINGS} />
        <ParamSelect path="pipeline.categoricalEncoding" label="Categorical encoding" options={ENCODINGS} />
        <ParamNumber path="pipeline.maxCategories" label="Most categories per column" integer />
        <ParamNumber path="pipeline.minCategoryCount" label="Rarer categories → unknown below" integer />
        <ParamCheck path="pipeline.missingIndicators" label="Missing-value indicators" />
      </div>
    </details>
  );
}
