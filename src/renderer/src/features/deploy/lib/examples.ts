import type { ExampleInput, ExampleRow } from './example-inputs';

export interface ExampleSpec {
  /** e.g. http://127.0.0.1:5280 */
  baseUrl: string;
  modelName: string;
  /** Bearer token the server asks for; null = none. */
  token: string | null;
  inputs: readonly ExampleInput[];
  row: ExampleRow;
}

export interface CodeExample {
  id: 'curl' | 'python' | 'javascript' | 'v2';
  title: string;
  code: string;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** `POST` URL of the TF-Serving-style predict endpoint. */
export function predictUrl(baseUrl: string, modelName: string): string {
  return `${trimSlash(baseUrl)}/v1/models/${encodeURIComponent(modelName)}:predict`;
}

/** `POST` URL of the Open Inference Protocol v2 infer endpoint. */
export function inferUrl(baseUrl: string, modelName: string): string {
  return `${trimSlash(baseUrl)}/v2/models/${encodeURIComponent(modelName)}/infer`;
}

/** The TF-Serving-style body: one instance. */
export function predictBody(row: ExampleRow): { instances: ExampleRow[] } {
  return { instances: [row] };
}

/** The V2 body: one named input per feature, shape [1], its datatype. */
export function inferBody(inputs: readonly ExampleInput[], row: ExampleRow) {
  return {
    inputs: inputs.map((i) => ({
      name: i.name,
      shape: [1],
      datatype: i.datatype,
      data: [row[i.name] ?? null],
    })),
  };
}

/** A string inside single quotes for a POSIX shell. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A JSON value as a Python literal (None, True, False), indented like JSON.stringify(v, null, 4). */
export function pythonLiteral(value: unknown, indent = 0): string {
  const pad = ' '.repeat(indent + 4);
  const end = ' '.repeat(indent);
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'None';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object'))
      return `[${value.map((v) => pythonLiteral(v)).join(', ')}]`;
    return `[\n${value.map((v) => pad + pythonLiteral(v, indent + 4)).join(',\n')},\n${end}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${pythonLiteral(v, indent + 4)}`).join(',\n')},\n${end}}`;
}

/** The V2 body as text: one input per line, so thirty features stay readable. */
export function inferJson(body: ReturnType<typeof inferBody>): string {
  const lines = body.inputs.map((i) => `    ${JSON.stringify(i)}`);
  return `{\n  "inputs": [\n${lines.join(',\n')}\n  ]\n}`;
}

function curl(url: string, token: string | null, json: string): string {
  const lines = [
    `curl -X POST ${shellQuote(url)}`,
    `-H 'Content-Type: application/json'`,
    ...(token ? [`-H ${shellQuote(`Authorization: Bearer ${token}`)}`] : []),
    `-d ${shellQuote(json)}`,
  ];
  return lines.join(' \\\n  ');
}

function python(url: string, token: string | null, body: unknown): string {
  const headers = token ? `    headers={"Authorization": ${JSON.stringify(`Bearer ${token}`)}},\n` : '';
  return [
    'import requests',
    '',
    `payload = ${pythonLiteral(body)}`,
    '',
    'response = requests.post(',
    `    ${JSON.stringify(url)},`,
    '    json=payload,',
    `${headers}    timeout=10,`,
    ')',
    'response.raise_for_status()',
    'print(response.json()["predictions"])',
  ].join('\n');
}

function javascript(url: string, token: string | null, body: unknown): string {
  const auth = token ? `, Authorization: ${JSON.stringify(`Bearer ${token}`)}` : '';
  return [
    `const payload = ${JSON.stringify(body, null, 2)};`,
    '',
    `const response = await fetch(${JSON.stringify(url)}, {`,
    "  method: 'POST',",
    `  headers: { 'Content-Type': 'application/json'${auth} },`,
    '  body: JSON.stringify(payload),',
    '});',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the generated JavaScript holds a template literal
    'if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);',
    'const { predictions } = await response.json();',
    'console.log(predictions);',
  ].join('\n');
}

/** The four copyable examples of calling a model: curl, Python requests, JavaScript fetch, V2 infer. */
export function buildExamples(spec: ExampleSpec): CodeExample[] {
  const v1 = predictUrl(spec.baseUrl, spec.modelName);
  const body = predictBody(spec.row);
  return [
    { id: 'curl', title: 'curl', code: curl(v1, spec.token, JSON.stringify(body)) },
    { id: 'python', title: 'Python (requests)', code: python(v1, spec.token, body) },
    { id: 'javascript', title: 'JavaScript (fetch)', code: javascript(v1, spec.token, body) },
    {
      id: 'v2',
      title: 'Open Inference Protocol v2 (curl)',
      code: curl(
        inferUrl(spec.baseUrl, spec.modelName),
        spec.token,
        inferJson(inferBody(spec.inputs, spec.row)),
      ),
    },
  ];
}
