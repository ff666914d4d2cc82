import { categorySample } from '../src/main/engine/monitor/stats/category-sample.js';
import { datasetDrift } from '../src/main/engine/monitor/stats/dataset-drift.js';
import { featureDrift } from '../src/main/engine/monitor/stats/feature-drift.js';
import { featureQuality } from '../src/main/engine/monitor/stats/feature-quality.js';
import { numericSample } from '../src/main/engine/monitor/stats/numeric-sample.js';
import { lcgSample } from '../src/main/engine/monitor/stats/test-samples.js';

const ROWS = 100_000;
const FEATURES = 20;
const numericCount = Number(process.argv[2] ?? 14);
const labels = Array.from({ length: 20 }, (_, i) => `cat-${i}`);
function catColumn(seed: number, shift: number): (string | null)[] {
  const u = lcgSample(seed, ROWS, shift, 1);
  return Array.from(u, (v, i) => (i % 97 === 0 ? null : (labels[Math.min(19, Math.max(0, Math.floor((v + 2) * 5)))] as string)));
}
const ref: (Float64Array | (string | null)[])[] = [];
const cur: (Float64Array | (string | null)[])[] = [];
for (let f = 0; f < FEATURES; f++) {
  if (f < numericCount) {
    const r = lcgSample(100 + f, ROWS, 0, 1 + f);
    const c = lcgSample(200 + f, ROWS, f % 3 === 0 ? 0.1 : 0, 1 + f);
    for (let i = 0; i < ROWS; i += 113) c[i] = Number.NaN;
    ref.push(r);
    cur.push(c);
  } else {
    ref.push(catColumn(100 + f, 0));
    cur.push(catColumn(200 + f, f % 2 === 0 ? 0.2 : 0));
  }
}

function reportRaw() {
  const drifts = [];
  for (let f = 0; f < FEATURES; f++) {
    const r = ref[f];
    const c = cur[f];
    if (r instanceof Float64Array && c instanceof Float64Array) {
      const rs = numericSample(r);
      const cs = numericSample(c);
      drifts.push(featureDrift(rs, cs, 'numeric'));
      featureQuality(rs, cs, 'numeric');
    } else {
      const rs = categorySample(r as (string | null)[]);
      const cs = categorySample(c as (string | null)[]);
      drifts.push(featureDrift(rs, cs, 'categorical'));
      featureQuality(rs, cs, 'categorical');
    }
  }
  return datasetDrift(drifts);
}

const prepared = ref.map((r) => (r instanceof Float64Array ? numericSample(r) : categorySample(r)));
function reportPrepared() {
  const drifts = [];
  for (let f = 0; f < FEATURES; f++) {
    const r = prepared[f];
    const c = cur[f];
    if (r?.kind === 'numeric' && c instanceof Float64Array) {
      const cs = numericSample(c);
      drifts.push(featureDrift(r, cs, 'numeric'));
      featureQuality(r, cs, 'numeric');
    } else if (r?.kind === 'categorical') {
      const cs = categorySample(c as (string | null)[]);
      drifts.push(featureDrift(r, cs, 'categorical'));
      featureQuality(r, cs, 'categorical');
    }
  }
  return datasetDrift(drifts);
}

function time(name: string, fn: () => unknown) {
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 8; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c);
    ms.push(performance.now() - t);
    cpu.push((d.user + d.system) / 1000);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  const sortedCpu = [...cpu].sort((a, b) => a - b);
  console.log(
    `${name}: wall first ${ms[0]?.toFixed(1)} / median ${sorted[4]?.toFixed(1)} / best ${sorted[0]?.toFixed(1)} ms; cpu median ${sortedCpu[4]?.toFixed(1)} ms`,
  );
}
console.log(`${FEATURES} features (${numericCount} numeric), ${ROWS} current vs ${ROWS} reference rows`);
console.log(JSON.stringify(reportRaw()));
time('full report, both sides from raw arrays', reportRaw);
time('full report, reference prepared once', reportPrepared);
