/**
 * The card's stylesheet, inlined in its <head>: a readable light theme with system fonts only
 * (nothing to fetch), and print rules that keep charts and tables whole and colours printed.
 */
export const MODEL_CARD_CSS = `
:root { color-scheme: light; --fg: #1d232b; --muted: #5b6572; --line: #d9dee5; --bg-soft: #f5f7fa;
  --pass: #1a7f37; --fail: #c62828; --warn: #9a6700; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #fff; color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1080px; margin: 0 auto; padding: 24px 28px 48px; }
header.card-header { border-bottom: 2px solid var(--fg); padding-bottom: 12px; margin-bottom: 8px; }
h1 { font-size: 26px; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 19px; margin: 0 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 8px; }
section { margin: 26px 0; }
p { margin: 6px 0; }
.muted, .subtitle { color: var(--muted); }
.badge { display: inline-block; padding: 1px 9px; border-radius: 10px; border: 1.5px solid currentColor;
  font-weight: 600; font-size: 12px; letter-spacing: .03em; text-transform: uppercase; white-space: nowrap; }
.badge.pass { color: var(--pass); background: #e8f5ec; }
.badge.fail { color: var(--fail); background: #fdecec; }
.badge.flag { color: var(--warn); background: #fff6dd; }
.verdict { font-size: 15px; padding: 3px 14px; margin-left: 8px; vertical-align: middle; }
.not-run { color: var(--muted); font-style: italic; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 18px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.tiles { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0 12px; }
.tile { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 118px; background: var(--bg-soft); }
.tile .name { color: var(--muted); font-size: 12px; }
.tile .val { font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; margin: 6px 0 12px; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: var(--bg-soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { overflow-wrap: anywhere; max-width: 340px; }
tr.failed td { background: #fff5f5; }
.blocks { display: flex; flex-wrap: wrap; gap: 0 32px; align-items: flex-start; }
.better { color: var(--pass); }
.worse { color: var(--fail); }
.charts { display: flex; flex-wrap: wrap; gap: 14px; align-items: flex-start; }
figure.chart { margin: 0; padding: 8px; border: 1px solid var(--line); border-radius: 6px; max-width: 100%; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 12px; margin-top: 4px; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.chart-title { font-weight: 600; }
.legend { display: inline-flex; flex-wrap: wrap; gap: 4px 12px; }
.legend-item { white-space: nowrap; }
.swatch { display: inline-block; width: 18px; height: 0; border-top: 3px solid; vertical-align: middle; margin-right: 5px; }
.swatch.dashed { border-top-style: dashed; }
.chart-note { color: var(--muted); flex-basis: 100%; }
svg text { font-family: inherit; }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .value { font-size: 11px; fill: var(--fg); }
svg .axis-title { font-size: 12px; fill: var(--fg); }
svg .grid { stroke: #eceff3; stroke-width: 1; }
svg .axis { stroke: #7a8491; stroke-width: 1; }
svg .series { fill: none; stroke-width: 2; stroke-linejoin: round; }
svg .reference { fill: none; stroke: #888; stroke-width: 1.2; stroke-dasharray: 5 4; }
svg .cell { stroke: #fff; stroke-width: 1; }
svg .cell-text { font-size: 12px; fill: var(--fg); }
svg .cell-text.dark { fill: #fff; }
svg .point { fill-opacity: .55; }
footer { margin-top: 36px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@page { margin: 14mm; }
@media print {
  body { font-size: 11.5px; }
  main { max-width: none; padding: 0; }
  section { break-inside: auto; }
  h2, h3 { break-after: avoid; }
  figure.chart, table, .tiles, dl.facts { break-inside: avoid; }
}
`;
