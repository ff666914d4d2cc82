/**
 * A model version's reference for monitoring, read once per artifact folder and kept: its
 * training sample prepared for the drift statistics (sorted numbers, counted categories), the
 * raw features it monitors, and the training target's class distribution (for prediction drift).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetProfile, FeaturePipeline } from '../../../../shared/data.js';
import { AppError } from '../../../../shared/errors.js';
import { ReferenceSample } from '../../../../shared/train.js';
import { type CategorySample, categorySample } from '../stats/category-sample.js';
import { type NumericSample, numericSample } from '../stats/numeric-sample.js';
import type { WindowFeatureSpec } from '../window/feature-spec.js';

/** How a raw feature is compared: numbers (numeric, datetime) or categories (categorical, boolean); text is not monitored. */
export type MonitoredKind = 'numeric' | 'categorical';

export interface ReferenceFeature {
  name: string;
  pipelineKind: WindowFeatureSpec['kind'];
  kind: MonitoredKind;
  /** Raw reference values (for distributions), and the same prepared for the statistics. */
  numbers: Float64Array | null;
  categories: (string | null)[] | null;
  sample: NumericSample | CategorySample;
}

export interface ReferenceData {
  pipeline: FeaturePipeline;
  rows: number;
  features: ReferenceFeature[];
  /** Text features, not monitored for drift. */
  skipped: string[];
  /** Training target's classes as a sample of labels (classification), for prediction drift. */
  target: CategorySample | null;
}

/** Booleans compare as the categories "false" / "true" (the reference keeps them as 0 / 1). */
export function booleanText(v: number): string | null {
  return Number.isNaN(v) ? null : v !== 0 ? 'true' : 'false';
}

function targetSample(profile: DatasetProfile | null): CategorySample | null {
  const dist = profile?.target?.distribution;
  if (!dist || dist.length === 0) return null;
  const counts = new Map(dist.map((d) => [d.value, d.count]));
  const total = dist.reduce((s, d) => s + d.count, 0);
  return { kind: 'categorical', counts, rows: total, missing: 0, total };
}

function readJson(dir: string, file: string): unknown {
  return JSON.parse(readFileSync(join(dir, file), 'utf8'));
}

function load(dir: string, label: string): ReferenceData {
  const pipeline = FeaturePipeline.parse(readJson(dir, 'pipeline.json'));
  if (!existsSync(join(dir, 'reference-sample.json'))) {
    throw new AppError(
      'conflict',
      `${label} was trained before training kept a reference sample, so its drift cannot be measured; retrain it to monitor drift.`,
    );
  }
  const sample = ReferenceSample.parse(readJson(dir, 'reference-sample.json'));
  const byName = new Map(sample.columns.map((c) => [c.name, c]));
  const profile = existsSync(join(dir, 'reference-profile.json'))
    ? DatasetProfile.parse(readJson(dir, 'reference-profile.json'))
    : null;
  const features: ReferenceFeature[] = [];
  const skipped: string[] = [];
  for (const f of pipeline.features) {
    const col = byName.get(f.column);
    if (f.kind === 'text' || !col) {
      skipped.push(f.column);
      continue;
    }
    if (f.kind === 'categorical' || f.kind === 'boolean') {
      const categories =
        col.kind === 'categorical' ? col.values : col.values.map((v) => (v === null ? null : booleanText(v)));
      features.push({
        name: f.column,
        pipelineKind: f.kind,
        kind: 'categorical',
        numbers: null,
        categories,
        sample: categorySample(categories),
      });
    } else {
      const numbers = Float64Array.from(col.values as (number | string | null)[], (v) =>
        typeof v === 'number' ? v : Number.NaN,
      );
      features.push({
        name: f.column,
        pipelineKind: f.kind,
        kind: 'numeric',
        numbers,
        categories: null,
        sample: numericSample(numbers),
      });
    }
  }
  return { pipeline, rows: sample.rows, features, skipped, target: targetSample(profile) };
}

const cache = new Map<string, ReferenceData>();
const CACHE_SIZE = 8;

/** The reference of the version in `dir` (absolute artifact folder), cached (artifacts never change). */
export function referenceData(dir: string, label: string): ReferenceData {
  const hit = cache.get(dir);
  if (hit) {
    cache.delete(dir);
    cache.set(dir, hit);
    return hit;
  }
  const data = load(dir, label);
  cache.set(dir, data);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return data;
}
