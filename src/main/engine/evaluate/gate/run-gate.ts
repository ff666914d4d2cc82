import {
  type CheckResult,
  GATE_METRICS,
  type GateCheck,
  type GateMetric,
  type GatePolicy,
  type GateVerdict,
  type SliceReport,
} from '../../../../shared/evaluate.js';
import { type GateValues, howToMeasure } from './gate-values.js';

export interface GateCandidate {
  values: GateValues;
  slices: SliceReport;
}

export interface GateProduction {
  version: number;
  values: GateValues;
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4))));

function describeCheck(c: GateCheck): string {
  if (c.slice) {
    const bound = c.min !== undefined ? `≥ ${fmt(c.min)}` : `≤ ${fmt(c.max as number)}`;
    return `slice ${c.slice}: ${c.metric} ${bound} in every slice`;
  }
  if (c.min !== undefined) return `${c.metric} ≥ ${fmt(c.min)}`;
  if (c.max !== undefined) return `${c.metric} ≤ ${fmt(c.max)}`;
  const higher = GATE_METRICS[c.metric as GateMetric] === 'higher';
  if (c.maxDropVsProduction !== undefined)
    return `${c.metric} no more than ${fmt(c.maxDropVsProduction)} ${higher ? 'below' : 'above'} production`;
  return `${c.metric} at least ${fmt(c.minGainVsProduction as number)} ${higher ? 'above' : 'below'} production`;
}

const kindOf = (c: GateCheck): CheckResult['kind'] =>
  c.min !== undefined
    ? 'min'
    : c.max !== undefined
      ? 'max'
      : c.maxDropVsProduction !== undefined
        ? 'maxDropVsProduction'
        : 'minGainVsProduction';

function valueCheck(
  c: GateCheck,
  observed: number | null,
  base: Omit<CheckResult, 'passed' | 'note' | 'observed' | 'threshold'>,
): CheckResult {
  const threshold = (c.min ?? c.max) as number;
  if (observed === null || !Number.isFinite(observed))
    return { ...base, observed: null, threshold, passed: false, note: howToMeasure(c.metric as GateMetric) };
  const passed = c.min !== undefined ? observed >= c.min : observed <= (c.max as number);
  return { ...base, observed, threshold, passed, note: null };
}

function sliceCheck(
  c: GateCheck,
  slices: SliceReport,
  base: Omit<CheckResult, 'passed' | 'note' | 'observed' | 'threshold'>,
): CheckResult {
  const threshold = (c.min ?? c.max) as number;
  const of = slices.slices.filter((s) => s.feature === c.slice);
  if (of.length === 0) {
    const features = [...new Set(slices.slices.map((s) => s.feature))];
    return {
      ...base,
      observed: null,
      threshold,
      passed: false,
      note: `no slices of "${c.slice}"; sliced features: ${features.join(', ') || 'none'}`,
    };
  }
  const big = of.filter((s) => s.rows >= slices.minRows);
  const small = of.length - big.length;
  const values = big
    .map((s) => ({ value: s.metrics[c.metric], slice: s }))
    .filter((x): x is { value: number; slice: (typeof of)[number] } => typeof x.value === 'number');
  if (values.length === 0) {
    return {
      ...base,
      observed: null,
      threshold,
      passed: false,
      note: `no slice of "${c.slice}" has ${slices.minRows}+ rows with ${c.metric} defined`,
    };
  }
  const lowerIsWorse = c.min !== undefined;
  const worst = values.reduce((a, b) =>
    lowerIsWorse ? (b.value < a.value ? b : a) : b.value > a.value ? b : a,
  );
  const passed = lowerIsWorse ? worst.value >= (c.min as number) : worst.value <= (c.max as number);
  const skipped = small > 0 ? `; ${small} slice(s) under ${slices.minRows} rows not checked` : '';
  return {
    ...base,
    observed: worst.value,
    threshold,
    passed,
    note: `worst slice: ${c.slice} = ${worst.slice.value} (${worst.slice.rows} rows)${skipped}`,
  };
}

function changeCheck(
  c: GateCheck,
  observed: number | null,
  production: GateProduction | null,
  base: Omit<CheckResult, 'passed' | 'note' | 'observed' | 'threshold'>,
): CheckResult {
  const metric = c.metric as GateMetric;
  if (!production)
    return {
      ...base,
      observed,
      threshold: null,
      passed: true,
      note: 'no production version: nothing to compare',
    };
  const prod = production.values[metric] ?? null;
  if (observed === null || !Number.isFinite(observed))
    return {
      ...base,
      observed: null,
      threshold: null,
      production: prod,
      passed: false,
      note: howToMeasure(metric),
    };
  if (prod === null || !Number.isFinite(prod)) {
    return {
      ...base,
      observed,
      threshold: null,
      production: null,
      passed: false,
      note: `production v${production.version}: ${howToMeasure(metric)}`,
    };
  }
  const higher = GATE_METRICS[metric] === 'higher';
  const threshold =
    c.maxDropVsProduction !== undefined
      ? higher
        ? prod - c.maxDropVsProduction
        : prod + c.maxDropVsProduction
      : higher
        ? prod + (c.minGainVsProduction as number)
        : prod - (c.minGainVsProduction as number);
  // A tiny tolerance keeps "equal to production" from failing on float noise.
  const eps = 1e-12;
  const passed = higher ? observed >= threshold - eps : observed <= threshold + eps;
  return {
    ...base,
    observed,
    threshold,
    production: prod,
    passed,
    note: `vs production v${production.version}`,
  };
}

/**
 * Hold a candidate's values against a policy: every check's observed value, threshold and
 * verdict. A metric that was not measured fails its check (the note says how to measure it);
 * change checks pass when there is no production version to compare with.
 */
export function runGate(
  policy: GatePolicy,
  policySource: GateVerdict['policySource'],
  candidate: GateCandidate,
  production: GateProduction | null,
): GateVerdict {
  const checks = policy.checks.map((c): CheckResult => {
    const base = {
      description: describeCheck(c),
      metric: c.metric,
      slice: c.slice ?? null,
      kind: kindOf(c),
      production: null,
    };
    const observed = candidate.values[c.metric as GateMetric] ?? null;
    if (c.slice) return sliceCheck(c, candidate.slices, base);
    if (c.min !== undefined || c.max !== undefined) return valueCheck(c, observed, base);
    return changeCheck(c, observed, production, base);
  });
  return {
    passed: checks.every((c) => c.passed),
    policy,
    policySource,
    productionVersion: production?.version ?? null,
    checks,
  };
}
