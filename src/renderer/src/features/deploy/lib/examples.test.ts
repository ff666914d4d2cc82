import { describe, expect, it } from 'vitest';
import type { ExampleInput } from './example-inputs';
import {
  buildExamples,
  type CodeExample,
  inferBody,
  predictUrl,
  pythonLiteral,
  shellQuote,
} from './examples';

const INPUTS: ExampleInput[] = [
  { name: 'age', type: 'integer', datatype: 'INT64' },
  { name: 'fnlwgt', type: 'float', datatype: 'FP64' },
  { name: 'workclass', type: 'categorical', datatype: 'BYTES' },
  { name: 'married', type: 'boolean', datatype: 'BOOL' },
];
const ROW = { age: 39, fnlwgt: 77516.5, workclass: "State-gov's", married: false };

const byId = (token: string | null): Record<CodeExample['id'], string> =>
  Object.fromEntries(
    buildExamples({
      baseUrl: 'http://127.0.0.1:5280/',
      modelName: 'adult',
      token,
      inputs: INPUTS,
      row: ROW,
    }).map((e) => [e.id, e.code]),
  ) as Record<CodeExample['id'], string>;

describe('example builders', () => {
  it('curl posts the instance to the predict endpoint, quoting for the shell', () => {
    expect(byId(null).curl).toBe(
      [
        "curl -X POST 'http://127.0.0.1:5280/v1/models/adult:predict' \\",
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"instances":[{"age":39,"fnlwgt":77516.5,"workclass":"State-gov'\\''s","married":false}]}'`,
      ].join('\n'),
    );
  });

  it('adds the bearer token to every example when the server has one', () => {
    const ex = byId('s3cret-token');
    expect(ex.curl).toContain("  -H 'Authorization: Bearer s3cret-token' \\\n");
    expect(ex.v2).toContain("  -H 'Authorization: Bearer s3cret-token' \\\n");
    expect(ex.python).toContain('    headers={"Authorization": "Bearer s3cret-token"},\n');
    expect(ex.javascript).toContain(
      `  headers: { 'Content-Type': 'application/json', Authorization: "Bearer s3cret-token" },`,
    );
    expect(byId(null).python).not.toContain('Authorization');
    expect(byId(null).javascript).not.toContain('Authorization');
  });

  it('Python uses requests with a Python literal payload', () => {
    expect(byId(null).python).toBe(
      [
        'import requests',
        '',
        'payload = {',
        '    "instances": [',
        '        {',
        '            "age": 39,',
        '            "fnlwgt": 77516.5,',
        `            "workclass": "State-gov's",`,
        '            "married": False,',
        '        },',
        '    ],',
        '}',
        '',
        'response = requests.post(',
        '    "http://127.0.0.1:5280/v1/models/adult:predict",',
        '    json=payload,',
        '    timeout=10,',
        ')',
        'response.raise_for_status()',
        'print(response.json()["predictions"])',
      ].join('\n'),
    );
  });

  it('JavaScript fetch sends the JSON payload', () => {
    const js = byId(null).javascript;
    const payload = js.slice('const payload = '.length, js.indexOf(';\n'));
    expect(JSON.parse(payload)).toEqual({ instances: [ROW] });
    expect(js).toContain(`await fetch("http://127.0.0.1:5280/v1/models/adult:predict", {`);
    expect(js).toContain("  headers: { 'Content-Type': 'application/json' },");
  });

  it('the V2 example names one input per feature with shape [1] and its datatype', () => {
    expect(inferBody(INPUTS, ROW)).toEqual({
      inputs: [
        { name: 'age', shape: [1], datatype: 'INT64', data: [39] },
        { name: 'fnlwgt', shape: [1], datatype: 'FP64', data: [77516.5] },
        { name: 'workclass', shape: [1], datatype: 'BYTES', data: ["State-gov's"] },
        { name: 'married', shape: [1], datatype: 'BOOL', data: [false] },
      ],
    });
    const v2 = byId(null).v2;
    expect(v2.split('\n').slice(2)).toEqual([
      `  -d '{`,
      '  "inputs": [',
      '    {"name":"age","shape":[1],"datatype":"INT64","data":[39]},',
      '    {"name":"fnlwgt","shape":[1],"datatype":"FP64","data":[77516.5]},',
      `    {"name":"workclass","shape":[1],"datatype":"BYTES","data":["State-gov'\\''s"]},`,
      '    {"name":"married","shape":[1],"datatype":"BOOL","data":[false]}',
      '  ]',
      "}'",
    ]);
    expect(v2.startsWith("curl -X POST 'http://127.0.0.1:5280/v2/models/adult/infer' \\\n")).toBe(true);
    const body = v2.slice(v2.indexOf("-d '") + 4, -1).replace(/'\\''/g, "'");
    expect(JSON.parse(body)).toEqual(inferBody(INPUTS, ROW));
  });

  it('escapes model names in URLs and quotes in shell words', () => {
    expect(predictUrl('http://h:1', 'my model')).toBe('http://h:1/v1/models/my%20model:predict');
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(pythonLiteral({ a: null, b: [true, 1.5], c: {} })).toBe(
      '{\n    "a": None,\n    "b": [True, 1.5],\n    "c": {},\n}',
    );
  });
});
