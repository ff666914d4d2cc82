import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import { type SearchSpace, TrainParamsInput } from '../../../../shared/train.js';
import { applyValues } from './apply-values.js';
import { defaultSearchSpace } from './default-spaces.js';
import { sampleTrialValues } from './sample-values.js';
import { validateSearchSpace } from './validate-space.js';

/** The AppError message validation throws for this space. */
function problem(space: unknown, template?: 'mlp' | 'text'): string {
  try {
    validateSearchSpace(space as SearchSpace, template);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).kind).toBe('invalid_input');
    return (err as AppError).message;
  }
  throw new Error('expected the space to be refused');
}

const lr = { type: 'float', path: 'learningRate', min: 1e-4, max: 1e-2, log: true } as const;

describe('validateSearchSpace', () => {
  it('accepts both default spaces, and their samples parse as TrainParamsInput', () => {
    for (const template of ['mlp', 'text'] as const) {
      const space = defaultSearchSpace(template);
      expect(validateSearchSpace(space, template)).toEqual(space);
      for (let k = 0; k < 50; k++) {
        const input = applyValues({ template }, sampleTrialValues(space, 3, k));
        expect(TrainParamsInput.safeParse(input).success).toBe(true);
      }
    }
  });

  it('names an unknown path and lists the tunable ones', () => {
    const msg = problem([lr, { type: 'int', path: 'mlp.neurons', min: 1, max: 4, log: false }]);
    expect(msg).toMatch(/^Search space: dimension 2 \(mlp\.neurons\): unknown parameter "mlp\.neurons"/);
    expect(msg).toContain('mlp.units');
  });

  it('refuses min > max, a log scale from 0, fractional int bounds', () => {
    expect(problem([{ type: 'float', path: 'mlp.dropout', min: 0.5, max: 0.1, log: false }])).toContain(
      'dimension 1 (mlp.dropout): min 0.5 is greater than max 0.1',
    );
    expect(problem([{ type: 'float', path: 'mlp.l2', min: 0, max: 0.01, log: true }])).toContain(
      'dimension 1 (mlp.l2): a log scale needs min > 0 (got 0)',
    );
    // The schema refuses a fractional int bound before the semantic checks.
    expect(problem([lr, { type: 'int', path: 'mlp.units', min: 8.5, max: 64, log: false }])).toMatch(
      /dimension 2 \(min\)/,
    );
  });

  it('refuses a dimension type that does not fit the parameter', () => {
    expect(problem([{ type: 'float', path: 'mlp.units', min: 32, max: 512, log: true }])).toContain(
      'dimension 1 (mlp.units): mlp.units takes whole numbers: use type "int"',
    );
    expect(problem([{ type: 'int', path: 'mlp.activation', min: 1, max: 3, log: false }])).toContain(
      'use type "choice"',
    );
  });

  it('refuses choice values of the wrong type or not allowed', () => {
    const msg = problem([
      { type: 'choice', path: 'mlp.activation', values: ['relu', 3] },
      { type: 'choice', path: 'batchSize', values: [128, 'big', 0.5] },
      { type: 'choice', path: 'mlp.batchNorm', values: [true, 'yes'] },
    ]);
    expect(msg).toContain('dimension 1 (mlp.activation): value 3: 3 is not one of "relu"');
    expect(msg).toContain('dimension 2 (batchSize): value "big": "big" is not a whole number');
    expect(msg).toContain('dimension 2 (batchSize): value 0.5: 0.5 is not a whole number');
    expect(msg).toContain('dimension 3 (mlp.batchNorm): value "yes": "yes" is not true or false');
    expect(problem([{ type: 'choice', path: 'text.encoder', values: ['lstm'] }], 'text')).toContain(
      'value "lstm": "lstm" is not one of "pool", "conv"',
    );
  });

  it("refuses bounds the parameter's schema does not accept", () => {
    expect(problem([{ type: 'float', path: 'mlp.dropout', min: 0, max: 0.95, log: false }])).toMatch(
      /dimension 1 \(mlp\.dropout\): max 0\.95 is out of range/,
    );
    expect(problem([{ type: 'choice', path: 'batchSize', values: [0, 64] }])).toMatch(
      /value 0: batch size must be at least 1/,
    );
  });

  it('refuses reserved and repeated paths and the other template’s parameters', () => {
    expect(problem([{ type: 'int', path: 'epochs', min: 1, max: 9, log: false }])).toContain(
      'dimension 1 (epochs): epochs is set by maxEpochs',
    );
    expect(problem([lr, lr])).toContain('dimension 2 (learningRate): learningRate is already dimension 1');
    expect(problem([{ type: 'choice', path: 'text.encoder', values: ['pool'] }], 'mlp')).toContain(
      'text.encoder only applies to the text template',
    );
  });

  it('refuses an empty space and malformed dimensions', () => {
    expect(problem([])).toContain('a search space needs at least one dimension');
    expect(problem([lr, { path: 'mlp.units', min: 1, max: 3 }])).toMatch(/^Search space: dimension 2/);
  });

  it('lists every problem at once', () => {
    const msg = problem([
      { type: 'float', path: 'mlp.dropout', min: 0.5, max: 0.1, log: false },
      { type: 'int', path: 'nope', min: 1, max: 2, log: false },
    ]);
    expect(msg).toContain('dimension 1 (mlp.dropout)');
    expect(msg).toContain('dimension 2 (nope)');
  });
});
