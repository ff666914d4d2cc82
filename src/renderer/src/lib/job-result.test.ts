import { describe, expect, it } from 'vitest';
import { formatBytes, resultLines } from './job-result';

describe('resultLines', () => {
  it('describes a benchmark', () => {
    const lines = resultLines('backend.benchmark', {
      backend: 'wasm',
      tfBackend: 'wasm',
      size: 256,
      iterations: 120,
      seconds: 2,
      gflops: 4.25,
    });
    expect(lines.find((l) => l.label === 'Backend')?.value).toBe('wasm');
    expect(lines.find((l) => l.label === 'Multiplications')?.value).toBe('120');
  });

  it('describes a workspace check', () => {
    const lines = resultLines('workspace.check', {
      database: { integrity: ['ok'], foreignKeyViolations: 0, schemaVersion: 2 },
      artifacts: { files: 0, bytes: 0, sha256: {} },
      problems: [],
    });
    expect(lines).toContainEqual({ label: 'Database integrity', value: 'ok' });
    expect(lines).toContainEqual({ label: 'Problems', value: 'none' });
  });

  it('lists the simple fields of unknown kinds and nothing for no result', () => {
    expect(resultLines('later.kind', { a: 1, b: 'x', c: { nested: true } })).toEqual([
      { label: 'a', value: '1' },
      { label: 'b', value: 'x' },
    ]);
    expect(resultLines('later.kind', null)).toEqual([]);
  });
});

describe('formatBytes', () => {
  it('picks a unit', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
