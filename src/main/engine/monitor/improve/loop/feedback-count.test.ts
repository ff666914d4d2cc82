import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { idOf, type LogDb, openLogDb, writeRequests } from '../../window/test-support/request-log-db.js';
import { feedbackSince } from './feedback-count.js';

let log: LogDb;
beforeEach(() => {
  log = openLogDb();
  const req = (model: string, first: number, rows: number, prefix?: string) => ({
    records: Array.from({ length: rows }, (_, i) => ({ x: i })),
    format: 'v1-instances' as const,
    first,
    at: 100,
    outputs: Array.from({ length: rows }, () => 1),
    model,
    ...(prefix ? { prefix } : {}),
  });
  // credit: counters 1–5 and 20–22 under the default prefix, 1–3 under another process's prefix;
  // other: 6–10 under the default prefix (between credit's blocks).
  writeRequests(log, [
    req('credit', 1, 5),
    req('other', 6, 5),
    req('credit', 20, 3),
    req('credit', 1, 3, 'ffffffffffff'),
  ]);
});
afterEach(() => log.close());

function feedback(rows: [string, number][]): void {
  log.sink.writeFeedback(rows.map(([predictionId, at]) => ({ predictionId, label: 'yes', at })));
}

describe('feedbackSince', () => {
  it('counts labels on the model’s own prediction ids only', () => {
    feedback([
      [idOf(1), 200], // credit
      [idOf(5), 200], // credit (last of its first block)
      [idOf(6), 200], // other
      [idOf(10), 200], // other
      [idOf(11), 200], // nobody's (between the blocks)
      [idOf(20), 200], // credit
      [idOf(22), 200], // credit (last of its second block)
      [idOf(23), 200], // nobody's (just past it)
      [idOf(2, 'ffffffffffff'), 200], // credit, another prefix
      [idOf(4, 'ffffffffffff'), 200], // past that block
      [idOf(2, 'eeeeeeeeeeee'), 200], // unknown prefix
      ['not-an-id!', 200],
      ['plain', 200],
    ]);
    expect(feedbackSince(log.db, 'credit', 0)).toBe(5);
    expect(feedbackSince(log.db, 'other', 0)).toBe(2);
    expect(feedbackSince(log.db, 'nobody', 0)).toBe(0);
  });

  it('counts only labels received after the moment (strictly)', () => {
    feedback([
      [idOf(1), 150],
      [idOf(2), 200],
      [idOf(3), 201],
      [idOf(21), 300],
    ]);
    expect(feedbackSince(log.db, 'credit', 0)).toBe(4);
    expect(feedbackSince(log.db, 'credit', 200)).toBe(2);
    expect(feedbackSince(log.db, 'credit', 300)).toBe(0);
  });

  it('is 0 with no feedback at all', () => {
    expect(feedbackSince(log.db, 'credit', 0)).toBe(0);
  });
});
