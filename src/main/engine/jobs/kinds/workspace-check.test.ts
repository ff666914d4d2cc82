import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../db/migrate.js';
import { openTestEngine, type TestEngine } from '../../test-support/open-test-engine.js';
import type { WorkspaceCheckResult } from './workspace-check.js';

let t: TestEngine | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('workspace.check job', () => {
  it('checks factory.db, hashes every artifact and commits report.json', async () => {
    t = await openTestEngine();
    mkdirSync(join(t.dir, 'artifacts', 'models'), { recursive: true });
    const content = 'weights'.repeat(1000);
    writeFileSync(join(t.dir, 'artifacts', 'models', 'w.bin'), content);
    const job = await t.engine.call('jobs.start', { kind: 'workspace.check' });
    const done = await t.engine.context.runner.settled(job.id);
    expect(done.status).toBe('succeeded');
    const result = done.result as WorkspaceCheckResult;
    expect(result.database).toEqual({
      integrity: ['ok'],
      foreignKeyViolations: 0,
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(result.problems).toEqual([]);
    expect(result.artifacts.files).toBe(1);
    expect(result.artifacts.bytes).toBe(content.length);
    expect(result.artifacts.sha256[join('artifacts', 'models', 'w.bin')]).toBe(
      createHash('sha256').update(content).digest('hex'),
    );
    const report = JSON.parse(
      readFileSync(join(t.dir, done.artifactDir ?? 'missing', 'report.json'), 'utf8'),
    ) as WorkspaceCheckResult;
    expect(report).toEqual(result);
  });
});
