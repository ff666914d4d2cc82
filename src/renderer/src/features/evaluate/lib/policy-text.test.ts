import { describe, expect, it } from 'vitest';
import { exampleCheck, parsePolicyText, policyText } from './policy-text';

describe('gate policy text', () => {
  it('round-trips a policy through the editor', () => {
    const policy = { checks: [{ metric: 'accuracy' as const, min: 0.8 }] };
    const text = policyText(policy);
    expect(text).toBe(
      '{\n  "checks": [\n    {\n      "metric": "accuracy",\n      "min": 0.8\n    }\n  ]\n}',
    );
    expect(parsePolicyText(text)).toEqual({ policy });
  });

  it('says when the text is not JSON', () => {
    const result = parsePolicyText('{"checks": [');
    expect('error' in result && result.error.startsWith('Not valid JSON: ')).toBe(true);
  });

  it('says when the JSON is not a policy object', () => {
    const hint =
      'The policy is an object with a "checks" list, e.g. {"checks": [{"metric": "accuracy", "min": 0.8}]}.';
    expect(parsePolicyText('[]')).toEqual({ error: hint });
    expect(parsePolicyText('{"rules": []}')).toEqual({ error: hint });
    expect(parsePolicyText('null')).toEqual({ error: hint });
  });

  it('leaves checking the checks to the engine', () => {
    expect(parsePolicyText('{"checks": [{"metric": "nonsense"}]}')).toEqual({
      policy: { checks: [{ metric: 'nonsense' }] },
    });
  });

  it('writes an example check in the metric’s direction', () => {
    expect(exampleCheck('mae', true)).toBe('{"metric": "mae", "max": …}');
    expect(exampleCheck('accuracy', false)).toBe('{"metric": "accuracy", "min": …}');
  });
});
