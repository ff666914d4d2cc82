import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import { mapError } from './errors.js';
import { call, errorOf, type ServeFixture, serveFixture } from './test-support/fixture.js';
import { servedModel, TestResolver } from './test-support/served-model.js';
import { type RunningApp, startApp } from './test-support/start-app.js';

let fx: ServeFixture;
let s: RunningApp;
let small: RunningApp;

const row = { sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4, petal_width: 0.2 };
const tensor = (name: string, data: unknown[], shape: number[] = [data.length], datatype = 'FP32') => ({
  name,
  shape,
  datatype,
  data,
});
const irisTensors = (n: number) =>
  Object.entries(row).map(([k, v]) =>
    tensor(
      k,
      Array.from({ length: n }, () => v),
    ),
  );

beforeAll(async () => {
  fx = await serveFixture();
  // A model whose inputs may not be missing (the trained ones are all nullable).
  const strict = servedModel(fx.iris, 'strict', 1, 'production');
  const strictInputs = fx.iris.inputs.map((i) => ({ ...i, nullable: false }));
  const resolver = new TestResolver([...Object.values(fx.models), { ...strict, inputs: strictInputs }]);
  s = await startApp(resolver);
  small = await startApp(fx.resolver, { maxRowsPerRequest: 50, bodyLimitBytes: 4096 });
}, 120_000);
afterAll(async () => {
  await s?.close();
  await small?.close();
});

type Case = [string, string, unknown, number, string];

describe('TF-Serving-style predict refuses client mistakes with a 4xx naming the field', () => {
  const cases: Case[] = [
    ['invalid JSON', '/v1/models/iris:predict', '{"instances": [', 400, 'not valid JSON: '],
    ['an empty body', '/v1/models/iris:predict', '', 400, 'body is empty'],
    ['a JSON array body', '/v1/models/iris:predict', [row], 400, 'body must be object'],
    ['neither instances nor inputs', '/v1/models/iris:predict', {}, 400, '"instances"'],
    [
      'both instances and inputs',
      '/v1/models/iris:predict',
      { instances: [row], inputs: {} },
      400,
      'not both',
    ],
    [
      'an unknown top-level field',
      '/v1/models/iris:predict',
      { instances: [row], rows: 1 },
      400,
      'unknown field "rows"',
    ],
    ['empty instances', '/v1/models/iris:predict', { instances: [] }, 400, 'instances is empty'],
    [
      'instances not a list',
      '/v1/models/iris:predict',
      { instances: row },
      400,
      'body.instances must be array',
    ],
    [
      'an instance that is not an object',
      '/v1/models/iris:predict',
      { instances: [row, 3] },
      400,
      'body.instances[1] must be object',
    ],
    [
      'an extra feature',
      '/v1/models/iris:predict',
      { instances: [row, { ...row, colour: 'red' }] },
      400,
      'instances[1] has unknown feature "colour"',
    ],
    [
      'a string in a numeric feature',
      '/v1/models/iris:predict',
      { instances: [{ ...row, sepal_width: 'wide' }] },
      400,
      'instances[0], feature "sepal_width": expected a number, got "wide"',
    ],
    [
      '"NaN" in a numeric feature',
      '/v1/models/iris:predict',
      { instances: [{ ...row, petal_width: 'NaN' }] },
      400,
      'feature "petal_width": expected a number',
    ],
    [
      '1e999 (Infinity) in a numeric feature',
      '/v1/models/iris:predict',
      '{"instances":[{"sepal_length":1e999}]}',
      400,
      'feature "sepal_length": Infinity is not a usable number',
    ],
    [
      'an object in a numeric feature',
      '/v1/models/iris:predict',
      { instances: [{ ...row, sepal_length: { v: 1 } }] },
      400,
      'feature "sepal_length": expected a number, got {"v":1}',
    ],
    [
      'an object in a categorical feature',
      '/v1/models/reg:predict',
      { instances: [{ x1: 1, x2: 1, c: ['a'] }] },
      400,
      'feature "c": expected a string',
    ],
    [
      'a missing non-nullable feature',
      '/v1/models/strict:predict',
      { instances: [{ ...row, petal_width: null }] },
      400,
      'missing the feature "petal_width"',
    ],
    [
      'columns of different lengths',
      '/v1/models/reg:predict',
      { inputs: { x1: [1, 2], x2: [1] } },
      400,
      'inputs.x2 has 1 values but inputs.x1 has 2',
    ],
    [
      'a column that is not a list',
      '/v1/models/reg:predict',
      { inputs: { x1: 1 } },
      400,
      'body.inputs.x1 must be array',
    ],
    [
      'an unknown column',
      '/v1/models/reg:predict',
      { inputs: { x1: [1], y: [2] } },
      400,
      'inputs has unknown feature "y"',
    ],
    ['empty columns', '/v1/models/reg:predict', { inputs: { x1: [] } }, 400, 'inputs is empty'],
    [
      'a wrong type in a column',
      '/v1/models/reg:predict',
      { inputs: { x1: [1, 'x'] } },
      400,
      'inputs row 1, feature "x1"',
    ],
    [
      'a value that overflows the model to NaN',
      '/v1/models/iris:predict',
      { instances: [{ sepal_length: -1.2253618968759347e38 }] },
      400,
      "row 0: the model's output is not a number",
    ],
    ['an unknown model', '/v1/models/rose:predict', { instances: [row] }, 404, 'no model named "rose"'],
    [
      'a model without a production version',
      '/v1/models/draft:predict',
      { instances: [{ x1: 1 }] },
      404,
      'no production version',
    ],
    ['an unknown version', '/v1/models/iris/versions/9:predict', { instances: [row] }, 404, 'no version 9'],
    [
      'a version that is not a number',
      '/v1/models/iris/versions/two:predict',
      { instances: [row] },
      400,
      'version "two" is not a version number',
    ],
    ['another verb', '/v1/models/iris:classify', { instances: [row] }, 404, '":classify" is not supported'],
    ['no verb', '/v1/models/iris', { instances: [row] }, 404, 'needs a verb'],
    [
      'a prototype-poisoning body',
      '/v1/models/iris:predict',
      '{"instances":[{"__proto__":{"x":1}}]}',
      400,
      'holds a "__proto__" key',
    ],
    [
      'a constructor.prototype body',
      '/v1/models/iris:predict',
      '{"instances":[{"constructor":{"prototype":{}}}]}',
      400,
      '"constructor.prototype" key',
    ],
  ];
  it.each(cases)('%s', async (_what, path, body, status, message) => {
    const a = await call(s.url, 'POST', path, body);
    expect(a.status).toBe(status);
    expect(errorOf(a)).toContain(message);
  });

  it('100k rows beyond the row limit → 413 with the limit', async () => {
    const many = await call(s.url, 'POST', '/v1/models/iris:predict', {
      instances: Array.from({ length: 100_000 }, () => row),
    });
    expect(many.status).toBe(413);
    expect(errorOf(many)).toContain("100000 rows, more than this server's limit of 10000 rows");
    const cols = await call(small.url, 'POST', '/v1/models/reg:predict', {
      inputs: { x1: Array.from({ length: 51 }, () => 1) },
    });
    expect(cols.status).toBe(413);
    expect(errorOf(cols)).toContain('limit of 50 rows');
  });

  it('a body over the byte limit → 413 naming the limit', async () => {
    const a = await call(small.url, 'POST', '/v1/models/iris:predict', {
      instances: Array.from({ length: 60 }, () => row),
    });
    expect(a.status).toBe(413);
    expect(errorOf(a)).toContain('limit of 4096 bytes');
  });

  it('wrong content types → 415', async () => {
    for (const ct of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/jsonx',
      'multipart/form-data; boundary=x',
    ]) {
      const a = await call(s.url, 'POST', '/v1/models/iris:predict', JSON.stringify({ instances: [row] }), {
        'content-type': ct,
      });
      expect(a.status, ct).toBe(415);
      expect(errorOf(a)).toContain('Content-Type: application/json');
    }
    const none = await fetch(`${s.url}/v1/models/iris:predict`, {
      method: 'POST',
      body: new Uint8Array([123, 125]),
    });
    expect(none.status).toBe(415);
    const charset = await call(
      s.url,
      'POST',
      '/v1/models/iris:predict',
      JSON.stringify({ instances: [row] }),
      {
        'content-type': 'application/json; charset=utf-8',
      },
    );
    expect(charset.status).toBe(200);
  });
});

describe('V2 infer refuses client mistakes with a 4xx naming the input', () => {
  const p = '/v2/models/iris/infer';
  const cases: Case[] = [
    ['no inputs field', p, { id: 'x' }, 400, 'body is missing the field "inputs"'],
    ['empty inputs', p, { inputs: [] }, 400, 'body.inputs must NOT have fewer than 1 items'],
    [
      'an input without data',
      p,
      { inputs: [{ name: 'sepal_length', shape: [1], datatype: 'FP32' }] },
      400,
      'body.inputs[0] is missing the field "data"',
    ],
    [
      'a negative shape',
      p,
      { inputs: [tensor('sepal_length', [1], [-1])] },
      400,
      'body.inputs[0].shape[0] must be >= 0',
    ],
    [
      'a shape that does not match the data',
      p,
      { inputs: [tensor('sepal_length', [1, 2, 3], [2])] },
      400,
      'input "sepal_length": shape [2] says 2 values but data has 3',
    ],
    [
      'a two-column shape',
      p,
      { inputs: [tensor('sepal_length', [1, 2], [1, 2])] },
      400,
      'shape [1, 2] is not [N] or [N, 1]',
    ],
    [
      'inputs with different row counts',
      p,
      { inputs: [tensor('sepal_length', [1, 2]), tensor('sepal_width', [1])] },
      400,
      'input "sepal_width" has 1 rows but input "sepal_length" has 2',
    ],
    [
      'an unknown input',
      p,
      { inputs: [tensor('petals', [1])] },
      400,
      'inputs[0] is named "petals", which is not an input',
    ],
    [
      'an input given twice',
      p,
      { inputs: [tensor('sepal_length', [1]), tensor('sepal_length', [1])] },
      400,
      'input "sepal_length" is given twice',
    ],
    [
      'a BYTES tensor for a numeric input',
      p,
      { inputs: [tensor('sepal_length', ['1'], [1], 'BYTES')] },
      400,
      'input "sepal_length": datatype BYTES does not fit',
    ],
    [
      'an unknown datatype',
      p,
      { inputs: [tensor('sepal_length', [1], [1], 'FP128')] },
      400,
      'datatype FP128 does not fit',
    ],
    [
      'a string inside FP32 data',
      p,
      { inputs: [tensor('sepal_length', [1, 'x'])] },
      400,
      'input "sepal_length", row 1: expected a number, got "x"',
    ],
    [
      'a number in a BYTES input',
      '/v2/models/reg/infer',
      { inputs: [tensor('c', [{}], [1], 'BYTES')] },
      400,
      'input "c", row 0: expected a string',
    ],
    [
      'data nested deeper than the shape',
      p,
      { inputs: [tensor('sepal_length', [[[[[[[[[[1]]]]]]]]]], [1])] },
      400,
      'nested deeper',
    ],
    [
      'data that is not a list',
      p,
      { inputs: [{ name: 'sepal_length', shape: [1], datatype: 'FP32', data: 1 }] },
      400,
      'body.inputs[0].data must be array',
    ],
    [
      'an unknown output',
      p,
      { inputs: irisTensors(1), outputs: [{ name: 'logits' }] },
      400,
      'outputs[0] asks for "logits"',
    ],
    [
      'probabilities of a regression model',
      '/v2/models/reg/infer',
      { inputs: [tensor('x1', [1])], outputs: [{ name: 'probabilities' }] },
      400,
      'asks for "probabilities"',
    ],
    [
      'a missing non-nullable input',
      '/v2/models/strict/infer',
      { inputs: [tensor('sepal_length', [1])] },
      400,
      'the input "sepal_width" (FP64) is missing',
    ],
    ['an unknown model', '/v2/models/rose/infer', { inputs: irisTensors(1) }, 404, 'no model named "rose"'],
    [
      'an unknown version',
      '/v2/models/iris/versions/7/infer',
      { inputs: irisTensors(1) },
      404,
      'no version 7',
    ],
    [
      'a version 0',
      '/v2/models/iris/versions/0/infer',
      { inputs: irisTensors(1) },
      400,
      'version "0" is not a version number',
    ],
  ];
  it.each(cases)('%s', async (_what, path, body, status, message) => {
    const a = await call(s.url, 'POST', path, body);
    expect(a.status).toBe(status);
    expect(errorOf(a)).toContain(message);
  });

  it('more rows than the limit → 413', async () => {
    const a = await call(small.url, 'POST', '/v2/models/reg/infer', {
      inputs: [
        tensor(
          'x1',
          Array.from({ length: 60 }, () => 1),
        ),
      ],
    });
    expect(a.status).toBe(413);
    expect(errorOf(a)).toContain('limit of 50 rows');
  });

  it('unknown routes and metadata of unknown models → 404 as {"error"}', async () => {
    const route = await call(s.url, 'GET', '/v3/anything');
    expect(route.status).toBe(404);
    expect(errorOf(route)).toContain('no route GET /v3/anything');
    const meta = await call(s.url, 'GET', '/v2/models/rose');
    expect(meta.status).toBe(404);
    expect(errorOf(meta)).toContain('no model named "rose"');
  });
});

describe('the runtime', () => {
  it('a full batch queue (unavailable) → 503 with Retry-After; the next request succeeds', async () => {
    const model = fx.models.iris1;
    model.queueLimitRows = 2;
    try {
      const a = await call(s.url, 'POST', '/v1/models/iris:predict', { instances: [row, row, row] });
      expect(a.status).toBe(503);
      expect(a.headers.get('retry-after')).toBe('1');
      expect(errorOf(a)).toContain('batch queue is full');
      const v2 = await call(s.url, 'POST', '/v2/models/iris/infer', { inputs: irisTensors(3) });
      expect(v2.status).toBe(503);
      expect(v2.headers.get('retry-after')).toBe('1');
    } finally {
      model.queueLimitRows = Number.POSITIVE_INFINITY;
    }
    const ok = await call(s.url, 'POST', '/v1/models/iris:predict', { instances: [row, row, row] });
    expect(ok.status).toBe(200);
  });

  it('maps runtime errors by kind', () => {
    expect(mapError(new AppError('invalid_input', 'record 0, field "d": bad date'), 1)).toEqual({
      status: 400,
      message: 'record 0, field "d": bad date',
    });
    expect(mapError(new AppError('not_found', 'gone'), 1).status).toBe(404);
    expect(mapError(new AppError('unavailable', 'full'), 1).status).toBe(503);
    expect(mapError(new Error('boom'), 1)).toEqual({ status: 500, message: 'internal error: boom' });
  });
});
