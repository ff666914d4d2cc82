import { compareSortedSamples } from '../src/main/engine/monitor/stats/ecdf-merge.js';
import { ksTwoSample } from '../src/main/engine/monitor/stats/ks-two-sample.js';
import { numericSample } from '../src/main/engine/monitor/stats/numeric-sample.js';
import { sortedCopy } from '../src/main/engine/monitor/stats/sort-float64.js';
import { categorySample } from '../src/main/engine/monitor/stats/category-sample.js';
import { lcgSample } from '../src/main/engine/monitor/stats/test-samples.js';
const a = lcgSample(1, 100000); const b = lcgSample(2, 100000, 0.001);
for (let r = 0; r < 5; r++) {
  let t = performance.now(); sortedCopy(a); const tSort = performance.now() - t;
  t = performance.now(); const sa = numericSample(a); const sb = numericSample(b); const tSample = (performance.now() - t) / 2;
  t = performance.now(); const c = compareSortedSamples(sa.sorted, sb.sorted); const tMerge = performance.now() - t;
  t = performance.now(); const k = ksTwoSample(100000, 100000, c.maxDiffScaled); const tKs = performance.now() - t;
  const labels = Array.from({ length: 20 }, (_, i) => `cat-${i}`);
  const col = Array.from(a, (v) => labels[Math.min(19, Math.max(0, Math.floor((v + 2) * 5)))] as string);
  t = performance.now(); categorySample(col); const tCat = performance.now() - t;
  console.log({ tSort: tSort.toFixed(2), tSample: tSample.toFixed(2), tMerge: tMerge.toFixed(2), tKs: tKs.toFixed(3), tCat: tCat.toFixed(2), p: k.pValue });
}
