import { describe, expect, it } from 'vitest';
import { webhookUrlProblem } from '../../../../shared/alerts.js';
import { Settings } from '../../../../shared/settings.js';

describe('webhookUrlProblem (the monitor.webhookUrl rule)', () => {
  it('allows http(s) on 127.0.0.1, localhost and [::1], with any port and path', () => {
    for (const url of [
      'http://127.0.0.1:9000/alerts',
      'https://127.0.0.1/a?b=c',
      'http://localhost:8080/',
      'http://LOCALHOST/hook',
      'http://[::1]:9000/alerts',
    ]) {
      expect(webhookUrlProblem(url), url).toBeNull();
    }
  });

  it('says why anything else is refused', () => {
    expect(webhookUrlProblem('http://example.com/a')).toBe(
      'monitor.webhookUrl must point at this machine (127.0.0.1, localhost or [::1]), not example.com: the app works offline and never sends alerts elsewhere; e.g. http://127.0.0.1:9000/alerts.',
    );
    expect(webhookUrlProblem('http://192.168.1.4/a')).toMatch(/not 192\.168\.1\.4:/);
    expect(webhookUrlProblem('http://localhost.evil.test/a')).toMatch(/not localhost\.evil\.test:/);
    expect(webhookUrlProblem('file:///tmp/x')).toBe(
      'monitor.webhookUrl must use http or https, not file; e.g. http://127.0.0.1:9000/alerts.',
    );
    expect(webhookUrlProblem('127.0.0.1:9000')).toMatch(/must use http or https|is not a URL/);
    expect(webhookUrlProblem('')).toBe(
      'monitor.webhookUrl "" is not a URL; give a local http(s) URL, e.g. http://127.0.0.1:9000/alerts.',
    );
    expect(webhookUrlProblem('http://me:secret@127.0.0.1/a')).toBe(
      'monitor.webhookUrl must not carry a user name or password; e.g. http://127.0.0.1:9000/alerts.',
    );
  });

  it('is the settings schema: null is off, a local URL is kept, a remote one fails with the reason', () => {
    const base = Settings.shape['monitor.webhookUrl'];
    expect(base.parse(null)).toBeNull();
    expect(base.parse('http://[::1]:1/x')).toBe('http://[::1]:1/x');
    const bad = base.safeParse('https://hooks.example.org/x');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/not hooks\.example\.org:/);
  });
});
