import { describe, expect, it } from 'vitest';
import { isResumable, liveStatus, shortId } from './run-status';

describe('run status', () => {
  it('follows the job: queued → running → what the job ended as', () => {
    expect(liveStatus('queued', 'running')).toBe('running');
    expect(liveStatus('running', 'cancelled')).toBe('cancelled');
    expect(liveStatus('queued', 'failed')).toBe('failed');
    expect(liveStatus('running', 'succeeded')).toBe('running');
    expect(liveStatus('queued', undefined)).toBe('queued');
  });

  it('never overrides a finished run (an old job of a resumed run)', () => {
    expect(liveStatus('succeeded', 'cancelled')).toBe('succeeded');
    expect(liveStatus('stopped', 'running')).toBe('stopped');
  });

  it('resumes plain runs that did not finish', () => {
    expect(isResumable({ kind: 'train', status: 'cancelled' })).toBe(true);
    expect(isResumable({ kind: 'train', status: 'interrupted' })).toBe(true);
    expect(isResumable({ kind: 'train', status: 'succeeded' })).toBe(false);
    expect(isResumable({ kind: 'trial', status: 'cancelled' })).toBe(false);
  });

  it('shortens ids to their last six characters', () => {
    expect(shortId('run_mwyl1lok415f2fd5')).toBe('5f2fd5');
    expect(shortId('run_abc')).toBe('abc');
  });
});
