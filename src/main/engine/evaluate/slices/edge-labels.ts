/**
 * Text for bin edges: numbers with 4 significant digits (trailing zeros dropped: 37, 0.1235,
 * 123500), datetimes (epoch ms) as UTC dates, or date and minute when any edge has a time of day.
 * More digits are used when two neighbouring edges would otherwise read the same.
 */
export function edgeLabels(edges: readonly number[], datetime: boolean): string[] {
  if (datetime) {
    const iso = edges.map((v) => new Date(v).toISOString());
    const midnight = iso.every((s) => s.endsWith('T00:00:00.000Z'));
    for (const cut of midnight ? [10, 16, 24] : [16, 24]) {
      const out = iso.map((s) => s.slice(0, cut).replace('T', ' '));
      if (distinctNeighbours(out)) return out;
    }
    return iso;
  }
  for (let digits = 4; digits < 17; digits++) {
    const out = edges.map((v) => String(Number(v.toPrecision(digits))));
    if (distinctNeighbours(out)) return out;
  }
  return edges.map(String);
}

function distinctNeighbours(xs: string[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i] === xs[i - 1]) return false;
  return true;
}
