import type { DatasetProfile, DatasetRecord, QualityReport, VersionRecord } from '../../../../shared/data.js';

const fmt = (n: number) => n.toLocaleString('en-US');
const num = (n: number) =>
  Math.abs(n) >= 1e5 || (Math.abs(n) < 1e-3 && n !== 0) ? n.toExponential(3) : String(Number(n.toFixed(4)));

export function formatDatasets(list: DatasetRecord[]): string {
  if (!list.length) return 'No datasets yet. Import one with `ai-factory data import FILE`.';
  return list
    .map((d) => {
      const latest = d.versions[d.versions.length - 1];
      return `${d.id}  ${d.name}  (${d.source.format}, ${d.versions.length} version${d.versions.length === 1 ? '' : 's'}; latest ${latest ? `${latest.id} v${latest.number}, ${fmt(latest.rows)} rows` : 'none'})`;
    })
    .join('\n');
}

export function formatVersion(v: VersionRecord): string {
  const lines = [
    `Version ${v.id} (v${v.number} of dataset ${v.datasetId})${v.parentId ? `, made from ${v.parentId} by ${v.recipe?.length ?? 0} step(s)` : ''}`,
    `Rows ${fmt(v.rows)} · content ${v.contentHash.slice(0, 16)}…`,
    `Target ${v.target ?? '(none)'}${v.task ? ` · task ${v.task}` : ''}${v.split ? ` · split ${v.split.spec.method}: ${fmt(v.split.counts.train)} / ${fmt(v.split.counts.validation)} / ${fmt(v.split.counts.test)}` : ''}`,
    'Columns',
    ...v.columns.map(
      (c) =>
        `  ${c.name.padEnd(24)} ${c.type.padEnd(12)} ${c.role.padEnd(9)} missing ${fmt(c.missing)}${c.type !== c.inferredType ? ` (inferred ${c.inferredType})` : ''}`,
    ),
  ];
  return lines.join('\n');
}

export function formatProfile(p: DatasetProfile): string {
  const lines = [`Profile (${fmt(p.rows)} rows, computed in ${Math.round(p.computedMs)} ms)`];
  for (const c of p.columns) {
    let detail = `distinct ${fmt(c.distinct)}${c.distinctApprox ? '≈' : ''}`;
    if (c.numeric)
      detail += ` · min ${num(c.numeric.min)} · median ${num(c.numeric.quantiles.p50 ?? Number.NaN)} · mean ${num(c.numeric.mean)} · max ${num(c.numeric.max)}`;
    if (c.categories)
      detail += ` · top ${c.categories.top
        .slice(0, 3)
        .map((t) => `${t.value} (${fmt(t.count)})`)
        .join(', ')}`;
    if (c.text) detail += ` · length ${c.text.minLength}–${c.text.maxLength}`;
    if (c.association) detail += ` · ${c.association.measure} with target ${c.association.value.toFixed(3)}`;
    lines.push(`  ${c.name.padEnd(24)} missing ${fmt(c.missing).padStart(7)} · ${detail}`);
  }
  if (p.target)
    lines.push(
      `Target ${p.target.name}: ${p.target.distribution.map((d) => `${d.value} ${fmt(d.count)}`).join(', ')}`,
    );
  return lines.join('\n');
}

export function formatQuality(q: QualityReport): string {
  const lines = [`Quality report: ${q.findings.length} finding(s)`];
  for (const f of q.findings) {
    lines.push(`  [${f.severity}] ${f.title}`);
    lines.push(`      ${f.evidence}`);
    if (f.fix) lines.push(`      fix: ${f.fixLabel ?? 'recipe'} → ${JSON.stringify(f.fix)}`);
  }
  lines.push(`  passed: ${q.passed.join(', ') || '(none)'}`);
  return lines.join('\n');
}
