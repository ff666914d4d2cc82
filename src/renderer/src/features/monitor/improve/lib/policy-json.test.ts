import { describe, expect, it } from 'vitest';
import { ImprovementPolicy } from '../../../../../../shared/improve';
import {
  DEFAULT_POLICY,
  parsePoliciesText,
  policiesText,
  recordsText,
  triggersText,
  uniquePolicyName,
  withNewPolicy,
} from './policy-json';
import { policyRecord } from './test-fixtures';

describe('policy JSON', () => {
  it('writes the default policy with every field at the contract’s default', () => {
    // What the engine would make of the bare minimum is exactly what the editor inserts.
    expect(ImprovementPolicy.parse({ name: 'retrain on drift' })).toEqual(DEFAULT_POLICY);
    expect(ImprovementPolicy.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
  });

  it('round-trips the default policy through the editor', () => {
    const text = policiesText([DEFAULT_POLICY]);
    expect(text.startsWith('[\n  {\n    "name": "retrain on drift",\n    "enabled": true,')).toBe(true);
    expect(parsePoliciesText(text)).toEqual({ policies: [DEFAULT_POLICY] });
  });

  it('starts the editor from the stored policies', () => {
    const text = recordsText([policyRecord('a'), policyRecord('b')]);
    const parsed = parsePoliciesText(text);
    expect('policies' in parsed && parsed.policies.map((p) => p.name)).toEqual(['a', 'b']);
    expect(recordsText([])).toBe('[]');
  });

  it('says what is wrong with text that is not a list of objects', () => {
    const bad = parsePoliciesText('[{"name": ');
    expect('error' in bad && bad.error.startsWith('Not valid JSON: ')).toBe(true);
    for (const text of ['{"name": "x"}', '[1, 2]', '[[]]', '  ']) {
      const r = parsePoliciesText(text);
      expect('error' in r && r.error.startsWith('The policies are a JSON list of objects')).toBe(true);
    }
    expect(parsePoliciesText('[]')).toEqual({ policies: [] });
  });

  it('leaves checking each policy to the engine', () => {
    expect(parsePoliciesText('[{"name": "", "triggers": {}}]')).toEqual({
      policies: [{ name: '', triggers: {} }],
    });
  });

  it('adds a default policy under a free name', () => {
    expect(uniquePolicyName([])).toBe('retrain on drift');
    expect(uniquePolicyName(['retrain on drift', 'retrain on drift 2'])).toBe('retrain on drift 3');
    const first = withNewPolicy('');
    expect('text' in first && parsePoliciesText(first.text)).toEqual({ policies: [DEFAULT_POLICY] });
    const second = 'text' in first ? withNewPolicy(first.text) : first;
    expect('text' in second && parsePoliciesText(second.text)).toEqual({
      policies: [DEFAULT_POLICY, { ...DEFAULT_POLICY, name: 'retrain on drift 2' }],
    });
    const broken = withNewPolicy('[{');
    expect(
      'error' in broken && broken.error.startsWith('Fix the policies before adding one. Not valid JSON'),
    ).toBe(true);
  });

  it('says a policy’s triggers in words', () => {
    expect(triggersText(DEFAULT_POLICY)).toBe('3 drifted windows · live metric drop');
    expect(
      triggersText({
        ...DEFAULT_POLICY,
        triggers: { driftWindows: 1, metricDrop: false, newLabels: 5000, everyHours: 24 },
      }),
    ).toBe('1 drifted window · 5,000 new labels · every 24 h');
  });
});
