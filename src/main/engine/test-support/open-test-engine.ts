import type { EngineEvent } from '../../../shared/events.js';
import { type Engine, type EngineOptions, openEngine } from '../engine.js';
import { FIXTURE_KINDS } from '../jobs/test-fixtures/index.js';
import { tempDir } from './temp-workspace.js';

export interface TestEngine {
  engine: Engine;
  events: EngineEvent[];
  dir: string;
  cleanup: () => Promise<void>;
}

/** An engine on a fresh temp workspace with the fixture job kinds, recording every event. */
export async function openTestEngine(opts: Partial<EngineOptions> = {}): Promise<TestEngine> {
  const { dir, cleanup } = tempDir();
  const engine = await openEngine({
    shell: 'test',
    workspace: dir,
    env: { AI_FACTORY_BACKEND: 'wasm', VITEST: '1' },
    extraJobKinds: FIXTURE_KINDS,
    ...opts,
  });
  const events: EngineEvent[] = [];
  engine.subscribe((e) => events.push(e));
  return {
    engine,
    events,
    dir: opts.workspace ?? dir,
    cleanup: async () => {
      await engine.close();
      cleanup();
    },
  };
}
