export interface ResultLine {
  label: string;
  value: string;
}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown, digits = 0): string {
  return typeof value === 'number' && Number.isFinite(value)
    ? value.toLocaleString(undefined, { maximumFractionDigits: digits })
    : '—';
}

/** Bytes as "512 B", "3.4 MB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

function benchmarkLines(r: Obj): ResultLine[] {
  return [
    { label: 'Backend', value: String(r.tfBackend ?? r.backend ?? '—') },
    { label: 'Average speed', value: `${num(r.gflops, 2)} GFLOP/s` },
    { label: 'Matrix size', value: `${num(r.size)} × ${num(r.size)}` },
    { label: 'Multiplications', value: num(r.iterations) },
  ];
}

function checkLines(r: Obj): ResultLine[] {
  const db = isObj(r.database) ? r.database : {};
  const artifacts = isObj(r.artifacts) ? r.artifacts : {};
  const problems = Array.isArray(r.problems) ? r.problems.map(String) : [];
  const integrity = Array.isArray(db.integrity) ? db.integrity.map(String) : [];
  return [
    { label: 'Database integrity', value: integrity.join('; ') || '—' },
    { label: 'Foreign key violations', value: num(db.foreignKeyViolations) },
    {
      label: 'Artifacts',
      value: `${num(artifacts.files)} files, ${formatBytes(typeof artifacts.bytes === 'number' ? artifacts.bytes : Number.NaN)}`,
    },
    { label: 'Problems', value: problems.length ? problems.join('; ') : 'none' },
  ];
}

function genericLines(r: unknown): ResultLine[] {
  if (!isObj(r)) return r === null || r === undefined ? [] : [{ label: 'Result', value: String(r) }];
  return Object.entries(r)
    .filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))
    .map(([k, v]) => ({ label: k, value: typeof v === 'number' ? num(v, 3) : String(v) }));
}

/** A finished job's result as a few labelled lines a person can read. */
export function resultLines(kind: string, result: unknown): ResultLine[] {
  if (!isObj(result)) return genericLines(result);
  if (kind === 'backend.benchmark') return benchmarkLines(result);
  if (kind === 'workspace.check') return checkLines(result);
  return genericLines(result);
}
