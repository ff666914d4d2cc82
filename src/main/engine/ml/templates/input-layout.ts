/**
 * How the pipeline's output becomes a model's inputs. A model takes up to three kinds of named inputs:
 * - `dense`: the tabular vector: the pipeline's dense slots, except embedded categoricals, with
 *   index-encoded categoricals that are not embedded expanded to one-hot (so a pipeline fitted with
 *   `categoricalEncoding: 'index'` still gives narrow categoricals as one-hot);
 * - `category_<k>`: the category index (vocabulary index, or vocabulary length for unknown and
 *   missing) of pipeline feature k, an index-encoded categorical with an embedding layer;
 * - `text_<k>`: the token ids of pipeline feature k, a text feature.
 * The layout is a function of the pipeline and the model's input names, so a saved model and its
 * pipeline.json are enough to feed it (see layoutOfModel).
 */
import type { FeaturePipeline } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { featureOffsets, featureSlotNames } from '../../data/pipeline/layout.js';

export const DENSE_INPUT = 'dense';
export const categoryInputName = (feature: number) => `category_${feature}`;
export const textInputName = (feature: number) => `text_${feature}`;

export interface EmbeddedCategory {
  /** Index in pipeline.features. */
  feature: number;
  column: string;
  /** The dense slot holding the category index. */
  slot: number;
  /** vocabulary.length + 1 (the unknown bucket). */
  categories: number;
}

export interface TextInput {
  feature: number;
  column: string;
  maxLength: number;
  /** vocabulary.length + 2 (padding and unknown ids). */
  vocabularySize: number;
}

/** Runs of pipeline slots copied as they are: dense[to + i] = pipeline[from + i]. */
interface Copy {
  from: number;
  to: number;
  length: number;
}

/** An index slot written as one-hot: dense[to + index] = 1. */
interface Expand {
  from: number;
  to: number;
  size: number;
}

export interface InputLayout {
  pipelineWidth: number;
  /** Width of the `dense` input; 0 when the model has none. */
  denseWidth: number;
  /** The dense input is the pipeline's dense vector unchanged (no copy needed). */
  identity: boolean;
  copies: Copy[];
  expands: Expand[];
  categories: EmbeddedCategory[];
  texts: TextInput[];
  /** The model's input names, in input order. */
  names: string[];
}

/** The layout with these categoricals embedded and these text features as inputs. */
export function buildLayout(
  pipeline: FeaturePipeline,
  embedded: ReadonlySet<number>,
  texts: ReadonlySet<number>,
): InputLayout {
  const { offsets } = featureOffsets(pipeline.features);
  const copies: Copy[] = [];
  const expands: Expand[] = [];
  const categories: EmbeddedCategory[] = [];
  const textInputs: TextInput[] = [];
  let width = 0;
  const copy = (from: number, length: number) => {
    const last = copies[copies.length - 1];
    if (last && last.from + last.length === from && last.to + last.length === width) last.length += length;
    else copies.push({ from, to: width, length });
    width += length;
  };
  pipeline.features.forEach((f, k) => {
    const at = offsets[k] as number;
    const slots = featureSlotNames(f).length;
    if (f.kind === 'text') {
      if (texts.has(k))
        textInputs.push({
          feature: k,
          column: f.column,
          maxLength: f.maxLength,
          vocabularySize: f.vocabulary.length + 2,
        });
      return;
    }
    if (f.kind === 'categorical' && f.encoding === 'index') {
      const size = f.vocabulary.length + 1;
      if (embedded.has(k)) categories.push({ feature: k, column: f.column, slot: at, categories: size });
      else {
        expands.push({ from: at, to: width, size });
        width += size;
      }
      if (slots > 1) copy(at + 1, slots - 1);
      return;
    }
    if (slots > 0) copy(at, slots);
  });
  const identity =
    expands.length === 0 &&
    categories.length === 0 &&
    width === pipeline.denseWidth &&
    copies.every((c) => c.from === c.to);
  const names = [
    ...(width > 0 ? [DENSE_INPUT] : []),
    ...categories.map((c) => categoryInputName(c.feature)),
    ...textInputs.map((t) => textInputName(t.feature)),
  ];
  return {
    pipelineWidth: pipeline.denseWidth,
    denseWidth: width,
    identity,
    copies,
    expands,
    categories,
    texts: textInputs,
    names,
  };
}

/**
 * The layout a template uses: categoricals (index-encoded) with at least `embeddingMinCategories`
 * categories get an embedding (0 = never); text features are inputs when `withText`.
 */
export function planLayout(
  pipeline: FeaturePipeline,
  embeddingMinCategories: number,
  withText: boolean,
): InputLayout {
  const embedded = new Set<number>();
  const texts = new Set<number>();
  pipeline.features.forEach((f, k) => {
    if (
      f.kind === 'categorical' &&
      f.encoding === 'index' &&
      embeddingMinCategories > 0 &&
      f.vocabulary.length + 1 >= embeddingMinCategories
    )
      embedded.add(k);
    if (f.kind === 'text' && withText) texts.add(k);
  });
  const layout = buildLayout(pipeline, embedded, texts);
  if (layout.names.length === 0) {
    throw new AppError(
      'invalid_input',
      'The model has no inputs: the pipeline gives no tabular features and the template uses no text columns. Use the text template or add feature columns.',
    );
  }
  return layout;
}

/** The layout of a built or loaded model, from its input names. */
export function layoutOfModel(pipeline: FeaturePipeline, inputNames: readonly string[]): InputLayout {
  const embedded = new Set<number>();
  const texts = new Set<number>();
  for (const name of inputNames) {
    const m = /^(category|text)_(\d+)$/.exec(name);
    if (m) (m[1] === 'category' ? embedded : texts).add(Number(m[2]));
    else if (name !== DENSE_INPUT)
      throw new AppError('invalid_input', `The model has an input "${name}" that this app does not know.`);
  }
  const layout = buildLayout(pipeline, embedded, texts);
  if (layout.names.join() !== inputNames.join())
    throw new AppError(
      'invalid_input',
      `The model's inputs (${inputNames.join(', ')}) do not match its feature pipeline (${layout.names.join(', ')}); the model and pipeline.json come from different runs.`,
    );
  return layout;
}
