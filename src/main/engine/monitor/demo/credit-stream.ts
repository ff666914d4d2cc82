/**
 * A seeded synthetic credit-default stream for the monitoring demo, with a known drift onset.
 * Before the onset default risk follows late payments and income; after it (a recession)
 * incomes fall, debt ratios rise, employment shifts toward unemployed/self-employed, and the
 * relation itself changes: a debt ratio above ~0.45 becomes the main driver while late payments
 * matter much less. Region never drifts, so the demo also shows a feature that stays quiet.
 */
import { mulberry32 } from '../../data/split/prng.js';

export const CREDIT_TARGET = 'default';
export const CREDIT_CLASSES = ['no', 'yes'] as const;

export const EMPLOYMENTS = ['salaried', 'self-employed', 'unemployed', 'retired'] as const;
export const REGIONS = ['north', 'south', 'east', 'west'] as const;

export type Employment = (typeof EMPLOYMENTS)[number];
export type Region = (typeof REGIONS)[number];

export interface CreditRow {
  income: number;
  debt_ratio: number;
  age: number;
  credit_lines: number;
  late_payments: number;
  employment: Employment;
  region: Region;
}
export interface CreditSample {
  features: CreditRow;
  label: 'yes' | 'no';
}

/** Column order of the CSV: features, then the target. */
export const CREDIT_COLUMNS = [
  'income',
  'debt_ratio',
  'age',
  'credit_lines',
  'late_payments',
  'employment',
  'region',
  CREDIT_TARGET,
] as const;

/** One regime's generating parameters; the two regimes differ only here. */
interface Regime {
  /** Median income (lognormal). */
  incomeMedian: number;
  debtMean: number;
  debtSd: number;
  /** Probabilities in EMPLOYMENTS order. */
  employment: readonly number[];
  /** Mean age of borrowers who are not retired. */
  workingAge: number;
  /** Mean open credit lines beyond the first (Poisson). */
  creditLines: number;
  /** Default log-odds of a row (before the label noise). */
  logit: (r: CreditRow) => number;
}

const PRE_INCOME_MEDIAN = 55_000;

/*
 * Slopes are steep so a label is mostly fixed by the features (crisp accuracies); the
 * remaining uncertainty is the logistic noise near the boundary plus a small label flip.
 */
const PRE: Regime = {
  incomeMedian: PRE_INCOME_MEDIAN,
  debtMean: 0.28,
  debtSd: 0.1,
  employment: [0.62, 0.14, 0.06, 0.18],
  workingAge: 40,
  creditLines: 3,
  logit: (r) =>
    4 * (r.late_payments - 2) -
    6 * Math.log(r.income / PRE_INCOME_MEDIAN) +
    8 * (r.debt_ratio - 0.28) +
    (r.employment === 'unemployed' ? 1 : 0),
};

const POST: Regime = {
  incomeMedian: PRE_INCOME_MEDIAN * 0.7,
  debtMean: 0.46,
  debtSd: 0.13,
  employment: [0.4, 0.26, 0.22, 0.12],
  // Younger borrowers with more open credit lines: drift that leaves the risk itself alone.
  workingAge: 33,
  creditLines: 5,
  logit: (r) =>
    // Above ~0.45 the debt ratio dominates; late payments still count, but far less.
    60 * (r.debt_ratio - 0.47) +
    3 * (r.late_payments - 1.5) -
    4.5 * Math.log(r.income / (PRE_INCOME_MEDIAN * 0.7)) +
    (r.employment === 'unemployed' ? 1.5 : 0),
};

/** Share of labels flipped at random after the logistic draw. */
const LABEL_FLIP = 0.02;

function normal(rand: () => number): number {
  // Box–Muller; 1 - rand() keeps the log argument in (0, 1].
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function poisson(rand: () => number, mean: number): number {
  // Knuth's method: fine for the small means used here.
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

function pick<T>(rand: () => number, items: readonly T[], probs: readonly number[]): T {
  let u = rand();
  for (let i = 0; i < items.length - 1; i++) {
    u -= probs[i] as number;
    if (u < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

function row(rand: () => number, regime: Regime): CreditRow {
  const employment = pick(rand, EMPLOYMENTS, regime.employment);
  const region = REGIONS[Math.floor(rand() * REGIONS.length)] as Region;
  const age =
    employment === 'retired'
      ? Math.round(clamp(68 + 5 * normal(rand), 58, 90))
      : Math.round(clamp(regime.workingAge + 11 * normal(rand), 21, 70));
  return {
    income: Math.round(clamp(regime.incomeMedian * Math.exp(0.4 * normal(rand)), 5_000, 500_000)),
    debt_ratio: round(clamp(regime.debtMean + regime.debtSd * normal(rand), 0.01, 0.99), 3),
    age,
    credit_lines: 1 + poisson(rand, regime.creditLines),
    late_payments: Math.min(12, poisson(rand, 1.4)),
    employment,
    region,
  };
}

/** A 32-bit seed per (seed, regime) so the two regimes never share a random stream. */
function regimeSeed(seed: number, drifted: boolean): number {
  return (Math.imul(seed | 0, 0x9e3779b1) ^ (drifted ? 0x85ebca6b : 0x27d4eb2f)) >>> 0;
}

/** The true default probability of a row in a regime (before the label flip); for checks. */
export function creditDefaultProbability(row: CreditRow, drifted: boolean): number {
  return 1 / (1 + Math.exp(-(drifted ? POST : PRE).logit(row)));
}

/** n rows of the regime before (drifted=false) or after (drifted=true) the onset, deterministic in seed. */
export function creditRows(n: number, opts: { seed: number; drifted: boolean }): CreditSample[] {
  const rand = mulberry32(regimeSeed(opts.seed, opts.drifted));
  const regime = opts.drifted ? POST : PRE;
  const out: CreditSample[] = [];
  for (let i = 0; i < n; i++) {
    const features = row(rand, regime);
    const p = 1 / (1 + Math.exp(-regime.logit(features)));
    let yes = rand() < p;
    if (rand() < LABEL_FLIP) yes = !yes;
    out.push({ features, label: yes ? 'yes' : 'no' });
  }
  return out;
}

/** The rows as CSV text with a header (features then `default`). No value needs quoting. */
export function creditCsv(samples: CreditSample[]): string {
  const lines = [CREDIT_COLUMNS.join(',')];
  for (const { features: f, label } of samples) {
    lines.push(
      [f.income, f.debt_ratio, f.age, f.credit_lines, f.late_payments, f.employment, f.region, label].join(
        ',',
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A stream: `before` rows then `after` rows; `onset` is the index of the first drifted row. */
export function creditStream(opts: { seed: number; before: number; after: number }): {
  samples: CreditSample[];
  onset: number;
} {
  const samples = [
    ...creditRows(opts.before, { seed: opts.seed, drifted: false }),
    ...creditRows(opts.after, { seed: opts.seed, drifted: true }),
  ];
  return { samples, onset: opts.before };
}
