import { describe, expect, it } from 'vitest';
import type { LabelQueueItem, LabelRecord } from '../../../../../shared/data';
import { type LabelApi, LabelSession } from './label-session';

/** A fake engine: rows 0..n-1 in order, one annotator's labels as a stack (undo pops). */
function fakeEngine(n: number) {
  const labels = new Map<number, string>();
  const stack: LabelRecord[] = [];
  const calls: string[] = [];
  const item = (rowId: number): LabelQueueItem => ({
    rowId,
    values: { x: rowId },
    score: null,
    existing: [],
  });
  const counts = () => ({ labeled: labels.size, total: n });
  const api: LabelApi = {
    async queue(exclude, limit) {
      calls.push(`queue -${exclude.join(',')}`);
      const skip = new Set(exclude);
      const items: LabelQueueItem[] = [];
      for (let r = 0; r < n && items.length < limit; r++)
        if (!labels.has(r) && !skip.has(r)) items.push(item(r));
      return { items, ...counts() };
    },
    async submit(rowId, label) {
      calls.push(`submit ${rowId}=${label}`);
      labels.set(rowId, label);
      const record = { rowId, label, annotator: 'ann', at: '' };
      stack.push(record);
      return { record, ...counts() };
    },
    async undo() {
      calls.push('undo');
      const undone = stack.pop() ?? null;
      if (undone) labels.delete(undone.rowId);
      return { undone, item: undone ? item(undone.rowId) : null, ...counts() };
    },
  };
  return { api, calls, labels };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('LabelSession', () => {
  it('shows the first row, labels and moves on at once, counting from the answers', async () => {
    const engine = fakeEngine(100);
    const s = new LabelSession(engine.api);
    s.start();
    expect(s.getSnapshot().loading).toBe(true);
    await settle();
    expect(s.getSnapshot()).toMatchObject({ current: { rowId: 0 }, labeled: 0, total: 100, loading: false });

    s.label('a');
    // The next row shows before the engine answers.
    expect(s.getSnapshot().current?.rowId).toBe(1);
    s.label('b');
    expect(s.getSnapshot().current?.rowId).toBe(2);
    await settle();
    expect(s.getSnapshot().labeled).toBe(2);
    expect([...engine.labels]).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
  });

  it('skips for the session and never shows a skipped or labeled row again', async () => {
    const engine = fakeEngine(8);
    const s = new LabelSession(engine.api);
    s.start();
    await settle();
    s.skip(); // row 0
    s.label('a'); // row 1
    s.skip(); // row 2
    s.label('b'); // row 3
    await settle();
    const shown: number[] = [];
    while (s.getSnapshot().current) {
      shown.push(s.getSnapshot().current?.rowId ?? -1);
      s.label('c');
      await settle();
    }
    expect(shown).toEqual([4, 5, 6, 7]);
    expect(s.getSnapshot()).toMatchObject({ finished: true, labeled: 6, skipped: 2 });
    // Later batches excluded the skipped rows and those labeled but not yet answered.
    expect(engine.calls.filter((c) => c.startsWith('queue')).slice(1)[0]).toMatch(/^queue -0,/);
  });

  it('undo runs after the pending label and brings that row back', async () => {
    const engine = fakeEngine(50);
    const s = new LabelSession(engine.api);
    s.start();
    await settle();
    s.label('a'); // row 0
    s.label('b'); // row 1
    s.undo(); // queued behind the two submits
    expect(s.getSnapshot().current?.rowId).toBe(2);
    await settle();
    expect(engine.calls.filter((c) => !c.startsWith('queue'))).toEqual(['submit 0=a', 'submit 1=b', 'undo']);
    expect(s.getSnapshot()).toMatchObject({ current: { rowId: 1 }, labeled: 1 });
    expect(s.getSnapshot().status).toMatch(/Undid the label of row 1/);
    s.label('c');
    await settle();
    expect(engine.labels.get(1)).toBe('c');
    expect(s.getSnapshot().current?.rowId).toBe(2);
  });

  it('undo of a label from an earlier session shows that row again, from the engine', async () => {
    const engine = fakeEngine(50);
    // Labeled before this session started: not in the session's own memory.
    await engine.api.submit(7, 'old');
    const s = new LabelSession(engine.api);
    s.start();
    await settle();
    expect(s.getSnapshot().current?.rowId).toBe(0);
    s.undo();
    await settle();
    expect(s.getSnapshot()).toMatchObject({ current: { rowId: 7, values: { x: 7 } }, labeled: 0 });
  });

  it('shows the engine’s message when the queue cannot be ordered', async () => {
    const s = new LabelSession({
      queue: async () => {
        throw new Error('No model has scored this dataset yet, so there is no entropy order.');
      },
      submit: async () => {
        throw new Error('unused');
      },
      undo: async () => ({ undone: null, item: null, labeled: 0, total: 0 }),
    });
    s.start();
    await settle();
    expect(s.getSnapshot()).toMatchObject({ current: null, loading: false });
    expect(s.getSnapshot().error).toMatch(/No model has scored this dataset yet/);
  });

  it('puts a row back when its label is refused', async () => {
    const engine = fakeEngine(10);
    const s = new LabelSession({
      ...engine.api,
      submit: async () => {
        throw new Error('"x" is not in the label set');
      },
    });
    s.start();
    await settle();
    s.label('x');
    expect(s.getSnapshot().current?.rowId).toBe(1);
    await settle();
    expect(s.getSnapshot().current?.rowId).toBe(0);
    expect(s.getSnapshot().error).toMatch(/not in the label set/);
  });
});
