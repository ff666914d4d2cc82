/**
 * Test support: small generated datasets with a known rule behind the target, as Tables with a
 * seeded random split and the pipeline fitted on their train rows.
 */
import { type FeaturePipeline, PipelineOptions, type TaskType } from '../../../../shared/data.js';
import { fitPipeline } from '../../data/pipeline/fit-pipeline.js';
import { type ColumnInput, makeTable, schemaOf } from '../../data/recipes/test-table.js';
import { mulberry32 } from '../../data/split/prng.js';
import type { TrainData } from './train-types.js';

export type SyntheticKind = 'binary' | 'multiclass' | 'regression' | 'text' | 'wide';

export interface Synthetic {
  data: TrainData;
  pipeline: FeaturePipeline;
}

const WORDS_POS = ['great', 'good', 'lovely', 'superb'];
const WORDS_NEG = ['awful', 'bad', 'poor', 'dreadful'];
const FILLER = ['the', 'film', 'was', 'plot', 'and', 'actors', 'quite', 'very', 'it'];

function columns(
  kind: SyntheticKind,
  n: number,
  rand: () => number,
): { cols: ColumnInput[]; task: TaskType } {
  const x1 = Array.from({ length: n }, () => rand() * 2 - 1);
  const x2 = Array.from({ length: n }, () => rand() * 2 - 1);
  const c = Array.from({ length: n }, () => ['a', 'b', 'c'][Math.floor(rand() * 3)] as string);
  const base: ColumnInput[] = [
    { name: 'x1', type: 'float', values: x1 },
    { name: 'x2', type: 'float', values: x2 },
    { name: 'c', type: 'categorical', values: c },
  ];
  const bump = (i: number) => (c[i] === 'a' ? 0.8 : c[i] === 'b' ? -0.4 : 0);
  const score = (i: number) => (x1[i] as number) + 0.5 * (x2[i] as number) + bump(i);
  switch (kind) {
    case 'binary':
      return {
        cols: [
          ...base,
          { name: 'y', type: 'categorical', values: x1.map((_, i) => (score(i) > 0.1 ? 'yes' : 'no')) },
        ],
        task: 'binary',
      };
    case 'multiclass':
      return {
        cols: [
          ...base,
          {
            name: 'y',
            type: 'categorical',
            values: x1.map((_, i) => (score(i) < -0.4 ? 'low' : score(i) < 0.5 ? 'mid' : 'high')),
          },
        ],
        task: 'multiclass',
      };
    case 'regression':
      return {
        cols: [
          ...base,
          { name: 'y', type: 'float', values: x1.map((_, i) => 100 + 30 * score(i) + 5 * (rand() - 0.5)) },
        ],
        task: 'regression',
      };
    case 'wide': {
      // 60 categories; the target is the category's parity with some noise from x1.
      const k = Array.from({ length: n }, () => Math.floor(rand() * 60));
      return {
        cols: [
          { name: 'x1', type: 'float', values: x1 },
          { name: 'k', type: 'categorical', values: k.map((v) => `k${v}`) },
          {
            name: 'y',
            type: 'categorical',
            values: k.map((v, i) => ((v % 2 === 0) !== (x1[i] as number) > 0.9 ? 'even' : 'odd')),
          },
        ],
        task: 'binary',
      };
    }
    case 'text': {
      const label = Array.from({ length: n }, () => rand() < 0.5);
      const review = label.map((pos) => {
        const words = Array.from({ length: 6 }, () => FILLER[Math.floor(rand() * FILLER.length)] as string);
        const cue = (pos ? WORDS_POS : WORDS_NEG)[Math.floor(rand() * 4)] as string;
        words.splice(Math.floor(rand() * 7), 0, cue);
        return words.join(' ');
      });
      return {
        cols: [
          { name: 'x1', type: 'float', values: x1 },
          { name: 'review', type: 'text', values: review },
          { name: 'y', type: 'categorical', values: label.map((p) => (p ? 'pos' : 'neg')) },
        ],
        task: 'binary',
      };
    }
  }
}

/** n rows of the kind's data with a 60/20/20 random split (seeded), and the pipeline fitted on train. */
export function synthetic(
  kind: SyntheticKind,
  n: number,
  seed = 1,
  options: Partial<PipelineOptions> = {},
  edit?: (cols: ColumnInput[]) => void,
): Synthetic {
  const rand = mulberry32(seed);
  const { cols, task } = columns(kind, n, rand);
  edit?.(cols);
  const table = makeTable(cols);
  const assignment = Uint8Array.from({ length: n }, () => {
    const u = rand();
    return u < 0.6 ? 0 : u < 0.8 ? 1 : 2;
  });
  const schema = schemaOf(table, { y: 'target' });
  const pipeline = fitPipeline(
    table,
    { versionId: `synthetic-${kind}`, columns: schema, target: 'y', task },
    assignment,
    PipelineOptions.parse({ textMaxLength: 16, ...options }),
  );
  return { data: { table, columns: schema, target: 'y', task, assignment }, pipeline };
}
