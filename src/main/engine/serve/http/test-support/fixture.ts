/**
 * Test support: iris and a regression model trained once per test file on the wasm backend, served
 * as iris v1 (production), iris v2 (staging, same weights), reg v1 (production) and
 * draft v1 (candidate: no production version).
 */
import { loadTf } from '../../../ml/tf-loader.js';
import { servedModel, TestResolver, type TestServedModel } from './served-model.js';
import { type TrainedModel, trainIris, trainRegression } from './trained-models.js';

export interface ServeFixture {
  iris: TrainedModel;
  reg: TrainedModel;
  models: Record<'iris1' | 'iris2' | 'reg1' | 'draft1', TestServedModel>;
  resolver: TestResolver;
}

export async function serveFixture(): Promise<ServeFixture> {
  const tf = await loadTf('wasm');
  const iris = await trainIris(tf);
  const reg = await trainRegression(tf);
  const models = {
    iris1: servedModel(iris, 'iris', 1, 'production'),
    iris2: servedModel(iris, 'iris', 2, 'staging'),
    reg1: servedModel(reg, 'reg', 1, 'production'),
    draft1: servedModel(reg, 'draft', 1, 'candidate'),
  };
  return { iris, reg, models, resolver: new TestResolver(Object.values(models)) };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** One real HTTP request; the body parsed as JSON when it is JSON. */
export async function call(
  url: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'content-type': 'application/json', ...headers };
  }
  const res = await fetch(url + path, init);
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** The `error` message of an error answer. */
export function errorOf(a: Answer): string {
  const b = a.body as { error?: unknown } | null;
  return typeof b?.error === 'string' ? b.error : `(no error field: ${a.text.slice(0, 200)})`;
}
