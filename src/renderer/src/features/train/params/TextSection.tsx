import { TEXT_ENCODERS } from '../lib/train-options';
import { useTrainStore } from '../state/train-store';
import { ParamNumber } from './ParamNumber';
import { ParamSelect } from './ParamSelect';

/** The text template: token embedding, pooling or convolution, the dense head. */
export function TextSection() {
  const conv = useTrainStore((s) => s.draft?.text.encoder === 'conv');
  const textColumns = useTrainStore((s) => s.defaults?.shape.textColumns ?? []);
  return (
    <fieldset className="param-group">
      <legend className="param-legend">Model: text classifier</legend>
      {textColumns.length === 0 && (
        <p className="form-note muted">
          This version has no free-text column; the text template then learns from the tabular features only.
        </p>
      )}
      <div className="param-grid">
        <ParamNumber path="text.embeddingDim" label="Token embedding width" integer />
        <ParamSelect path="text.encoder" label="Encoder" options={TEXT_ENCODERS} />
        {conv && (
          <>
            <ParamNumber path="text.filters" label="Filters" integer />
            <ParamNumber path="text.kernelSize" label="Kernel size" integer />
          </>
        )}
        <ParamNumber path="text.denseUnits" label="Dense units" integer />
        <ParamNumber path="text.dropout" label="Dropout" />
        <ParamNumber path="text.l2" label="L2" />
        <ParamNumber path="pipeline.textMaxLength" label="Tokens per text" integer />
        <ParamNumber path="pipeline.textVocabularySize" label="Vocabulary size" integer />
      </div>
    </fieldset>
  );
}
