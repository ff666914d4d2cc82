/**
 * Test support (tests only): a real engine with two trained versions of the `blobs` model
 * (features a, b, c numeric and `kind` categorical), v1 in production, and small HTTP helpers.
 */
import { join } from 'node:path';
import type { EngineOptions } from '../../engine.js';
import { openTestEngine, type TestEngine } from '../../test-support/open-test-engine.js';
import { trainModelVersions } from '../registry/test-models.js';

export interface ServingFixture {
  t: TestEngine;
  /** Absolute artifact folder of blobs v1 and v2. */
  artifactDirs: string[];
}

export async function servingFixture(opts: Partial<EngineOptions> = {}): Promise<ServingFixture> {
  const t = await openTestEngine({
    serve: { logIntervalMs: 50, retentionIntervalMs: 200, predictIdleMs: 2000 },
    ...opts,
  });
  await trainModelVersions(t.engine, { blobs: 2 });
  await t.engine.call('models.promote', {
    name: 'blobs',
    version: 1,
    reason: 'first release (serving test)',
    overrideGate: true,
  });
  const versions = t.engine.context.ml.models.versionsOf('blobs');
  return { t, artifactDirs: versions.map((v) => join(t.dir, v.artifactDir)) };
}

/** Row i of a deterministic spread of inputs. */
export function rowOf(i: number): Record<string, unknown> {
  const x = ((i * 37) % 101) / 25 - 2;
  return { a: x, b: -x / 2, c: ((i * 13) % 17) / 4 - 2, kind: ['p', 'q', 'r', 'zzz'][i % 4] };
}

export interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function postJson(url: string, body: unknown): Promise<Reply> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

export async function waitFor<T>(fn: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** One row of a v1 predict reply. */
export interface V1Row {
  prediction_id: string;
  model_version: number;
  prediction: string;
  probabilities: Record<string, number>;
}

/** The predictions array of a v1 predict reply. */
export function predictionsOf(r: Reply): V1Row[] {
  return r.body.predictions as V1Row[];
}
