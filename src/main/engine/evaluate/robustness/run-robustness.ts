/**
 * The robustness suite: how a model's predictions and main metric hold up when its inputs deviate
 * from what it was trained on: Gaussian noise, missing values, unseen categories, covariate shift
 * and re-weighted sub-populations. One predict call per perturbation (plus the baseline); every
 * perturbed table shares the untouched columns with the original. Randomness is seeded per
 * perturbation and feature; each feature keeps one stream across strengths (common random numbers),
 * so stronger noise is the same draws scaled and a higher missing rate masks a superset of the rows.
 */
import type { RobustnessReport } from '../../../../shared/evaluate.js';
import type { NumberData, TableColumn } from '../../data/table/types.js';
import { CancelledError } from '../../jobs/job-kind.js';
import { type MeanStd, meanStd, stdOf } from './column-stats.js';
import { decisions, flipRate, mainMetric, metricName } from './outcomes.js';
import { missingColumn, noisyColumn, shiftedColumn, unseenColumn, withColumns } from './perturb-columns.js';
import { gaussianStream, uniformStream } from './random.js';
import { reweightPlan } from './reweight.js';
import { type Effect, robustnessScore, sensitivityRanking } from './score.js';
import {
  DEFAULT_MISSING_RATES,
  DEFAULT_NOISE_LEVELS,
  DEFAULT_SEED,
  type RobustFeature,
  type RobustnessArgs,
} from './types.js';

/** The covariate shift applied to each numeric feature: x → mean + SHIFT_SCALE (x − mean) + SHIFT_STDS × std. */
export const SHIFT_STDS = 1;
export const SHIFT_SCALE = 1.5;
/** Regression: a prediction "flips" when it moves by more than this many target stds. */
export const REGRESSION_FLIP_STDS = 0.1;

/** Stream identities, so every family draws independently of the others. */
const NOISE = 1;
const MISSING_AT_RANDOM = 2;
const REWEIGHT = 3;

interface Resolved {
  feature: RobustFeature;
  /** Position in args.features (seeds its streams). */
  index: number;
  column: TableColumn;
}

interface NumericFeature extends Resolved {
  data: NumberData;
  stats: MeanStd;
}

function resolveFeatures(args: RobustnessArgs): Resolved[] {
  const byName = new Map(args.table.columns.map((c) => [c.name, c]));
  return args.features.map((feature, index) => {
    const column = byName.get(feature.name);
    if (!column)
      throw new Error(`the evaluation table has no column "${feature.name}", which the model reads`);
    return { feature, index, column };
  });
}

function regressionTolerance(args: RobustnessArgs, baseline: Float64Array): number {
  if (args.targetStd !== undefined) return REGRESSION_FLIP_STDS * args.targetStd;
  const fromActual = args.actual ? stdOf(args.actual) : 0;
  return REGRESSION_FLIP_STDS * (fromActual > 0 ? fromActual : stdOf(baseline));
}

const fmt = (x: number) => String(Number(x.toPrecision(3)));

/**
 * Run every perturbation family on the evaluated rows and report the degradation curves, the
 * per-feature effects, the sensitivity ranking and the robustness score (formula in score.ts).
 * Rejects with CancelledError when `signal` aborts (checked around every predict call).
 */
export async function runRobustness(args: RobustnessArgs): Promise<RobustnessReport> {
  const started = performance.now();
  const { table, rows, task, predict, signal } = args;
  const n = rows.length;
  if (n === 0) throw new Error('robustness: there are no rows to evaluate');
  if (args.actual && args.actual.length !== n)
    throw new Error(`robustness: ${args.actual.length} actual values for ${n} rows`);
  const seed = args.seed ?? DEFAULT_SEED;
  const noiseLevels = args.noiseLevels ?? DEFAULT_NOISE_LEVELS;
  const missingRates = args.missingRates ?? DEFAULT_MISSING_RATES;

  const resolved = resolveFeatures(args);
  const numeric: NumericFeature[] = [];
  for (const r of resolved) {
    const d = r.column.data;
    if (r.feature.kind === 'numeric' && d.storage === 'number')
      numeric.push({ ...r, data: d, stats: meanStd(d, rows) });
  }
  const categorical = resolved.filter((r) => r.feature.kind === 'categorical');
  const unseenable = categorical.filter((r) => r.column.data.storage !== 'number');

  const total =
    1 +
    (numeric.length > 0 ? noiseLevels.length : 0) +
    resolved.length +
    (resolved.length > 0 ? missingRates.length : 0) +
    unseenable.length +
    numeric.length;
  let done = 0;
  const checkAbort = () => {
    if (signal?.aborted) throw new CancelledError();
  };
  const measure = async (replaced: Map<string, TableColumn>, message: string): Promise<Float64Array> => {
    checkAbort();
    const out = await predict(replaced.size === 0 ? table : withColumns(table, replaced), rows);
    checkAbort();
    done++;
    args.onProgress?.(done / total, message);
    return decisions(task, out, n);
  };

  const base = await measure(new Map(), 'Baseline predictions');
  const baseline = mainMetric(task, base, args.actual);
  const tolerance = task === 'regression' ? regressionTolerance(args, base) : 0;
  const effect = (d: Float64Array): Effect => ({
    metric: mainMetric(task, d, args.actual),
    flipRate: flipRate(task, base, d, tolerance),
  });

  // Gaussian noise on every numeric feature at once, per strength.
  const noise: RobustnessReport['noise'] = [];
  if (numeric.length > 0) {
    const draws = numeric.map((f) => {
      const g = gaussianStream(uniformStream(seed, NOISE, f.index));
      return Float64Array.from({ length: n }, g);
    });
    for (const level of noiseLevels) {
      const replaced = new Map<string, TableColumn>();
      numeric.forEach((f, k) => {
        if (f.stats.std <= 0) return;
        const z = draws[k] as Float64Array;
        replaced.set(f.column.name, noisyColumn(f.column, f.data, rows, level * f.stats.std, z));
      });
      const d = await measure(replaced, `Noise at ${fmt(level)} std on ${numeric.length} numeric features`);
      noise.push({ strength: level, ...effect(d) });
    }
  }

  // Each feature missing alone.
  const own = new Map<string, Effect[]>(resolved.map((r) => [r.feature.name, []]));
  const missingByFeature: RobustnessReport['missingByFeature'] = [];
  for (const r of resolved) {
    const d = await measure(
      new Map([[r.column.name, missingColumn(r.column, rows, null)]]),
      `${r.feature.name} missing`,
    );
    const e = effect(d);
    missingByFeature.push({ feature: r.feature.name, ...e });
    own.get(r.feature.name)?.push(e);
  }

  // Every value missing at random, per rate (one uniform per row and feature, shared by the rates).
  const missingAtRates: RobustnessReport['missingRates'] = [];
  if (resolved.length > 0) {
    const draws = resolved.map((r) =>
      Float64Array.from({ length: n }, uniformStream(seed, MISSING_AT_RANDOM, r.index)),
    );
    for (const rate of missingRates) {
      const replaced = new Map<string, TableColumn>();
      resolved.forEach((r, k) => {
        const u = draws[k] as Float64Array;
        const mask = new Uint8Array(n);
        for (let j = 0; j < n; j++) mask[j] = (u[j] as number) < rate ? 1 : 0;
        replaced.set(r.column.name, missingColumn(r.column, rows, mask));
      });
      const d = await measure(replaced, `${fmt(rate * 100)}% of values missing at random`);
      missingAtRates.push({ strength: rate, ...effect(d) });
    }
  }

  // Each categorical feature set to a category no vocabulary holds.
  const unseenCategories: RobustnessReport['unseenCategories'] = [];
  for (const r of unseenable) {
    const col = unseenColumn(r.column, rows);
    if (!col) continue;
    const d = await measure(new Map([[r.column.name, col]]), `${r.feature.name} set to an unseen category`);
    const e = effect(d);
    unseenCategories.push({ feature: r.feature.name, ...e });
    own.get(r.feature.name)?.push(e);
  }

  // Each numeric feature shifted by +1 std and scaled ×1.5 around its mean.
  const shiftByFeature: RobustnessReport['shiftByFeature'] = [];
  for (const f of numeric) {
    const { mean, std } = f.stats;
    const col = shiftedColumn(f.column, f.data, rows, mean, SHIFT_SCALE, SHIFT_STDS * std);
    const d = await measure(new Map([[f.column.name, col]]), `${f.feature.name} shifted`);
    const e = effect(d);
    shiftByFeature.push({ feature: f.feature.name, ...e });
    own.get(f.feature.name)?.push(e);
  }

  // Sub-populations re-weighted: no input changes, so the baseline decisions of the resampled rows
  // are the model's predictions for them (no predict call; nothing flips).
  const reweighting: RobustnessReport['reweighting'] = [];
  for (const r of categorical) {
    checkAbort();
    const plan = reweightPlan(r.feature.name, r.column, rows, uniformStream(seed, REWEIGHT, r.index));
    if (!plan) continue;
    reweighting.push({
      feature: r.feature.name,
      description: plan.description,
      metric: mainMetric(task, base, args.actual, plan.positions),
      flipRate: 0,
    });
  }

  const families: Effect[][] = [noise, missingByFeature, missingAtRates, unseenCategories, shiftByFeature];
  if (baseline !== null) families.push(reweighting);
  return {
    rows: n,
    metric: metricName(task),
    baseline,
    noise,
    missingByFeature,
    missingRates: missingAtRates,
    unseenCategories,
    shiftByFeature,
    reweighting,
    sensitivity: sensitivityRanking(
      task,
      baseline,
      resolved.map((r) => r.feature.name),
      own,
    ),
    score: robustnessScore(task, baseline, families),
    seconds: (performance.now() - started) / 1000,
  };
}
