import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart.js';
import { heatmap, shade } from './heatmap.js';
import { histogram } from './histogram.js';
import { lineChart } from './line-chart.js';
import { scatter } from './scatter.js';

function count(html: string, needle: string): number {
  return html.split(needle).length - 1;
}

const UNIT: [number, number] = [0, 1];

describe('lineChart', () => {
  const chart = lineChart({
    title: 'ROC',
    xLabel: 'FPR',
    yLabel: 'TPR',
    series: [
      {
        name: 'a',
        points: [
          { x: 0, y: 0 },
          { x: 0.5, y: 0.5 },
          { x: 1, y: 1 },
        ],
      },
      {
        name: 'b',
        points: [
          { x: 0, y: 0 },
          { x: 0.2, y: Number.NaN },
          { x: 0.6, y: 0.9 },
          { x: 1, y: 1 },
        ],
      },
    ],
    references: [
      {
        name: 'chance',
        points: [
          { x: 0, y: 0 },
          { x: 1, y: 1 },
        ],
      },
    ],
    xDomain: UNIT,
    yDomain: UNIT,
    markers: true,
  }).value;

  it('draws one path per series and per reference, and a marker per finite point', () => {
    expect(count(chart, '<path class="series"')).toBe(2);
    expect(count(chart, '<path class="reference"')).toBe(1);
    expect(count(chart, '<circle class="marker"')).toBe(6);
  });

  it('places points by the scales (460×300, margins 56/16 left/right, 12/44 top/bottom)', () => {
    // x: 0 → 56, 1 → 444; y: 0 → 256, 1 → 12
    expect(chart).toContain('d="M56 256L250 134L444 12"');
  });

  it('breaks a line at a non-finite value', () => {
    expect(chart).toContain('d="M56 256M288.8 36.4L444 12"');
  });

  it('has ticks, axis titles, an accessible title and a legend', () => {
    expect(count(chart, '<text class="tick"')).toBe(12);
    expect(chart).toContain('aria-label="ROC"');
    expect(chart).toContain('<title>ROC</title>');
    expect(chart).toContain('>FPR</text>');
    expect(count(chart, 'class="legend-item"')).toBe(3);
  });

  it('names series without data in a note instead of drawing them', () => {
    const html = lineChart({
      title: 't',
      xLabel: 'x',
      yLabel: 'y',
      series: [{ name: 'empty <one>', points: [{ x: Number.NaN, y: 1 }] }],
    }).value;
    expect(count(html, '<path class="series"')).toBe(0);
    expect(html).toContain('No data to draw for: empty &lt;one&gt;');
  });
});

describe('histogram', () => {
  const html = histogram({
    title: 'Latency',
    xLabel: 'ms',
    bins: [
      { lo: 0, hi: 1, count: 10 },
      { lo: 1, hi: 2, count: 0 },
      { lo: 2, hi: 3, count: 5 },
    ],
  }).value;

  it('draws one bar per bin, an empty bin at zero height', () => {
    expect(count(html, '<rect class="bar"')).toBe(3);
    expect(count(html, 'height="0"')).toBe(1);
    expect(html).toContain('<title>[1, 2): 0</title>');
  });
});

describe('barChart', () => {
  const html = barChart({
    title: 'Sensitivity',
    valueLabel: 'score',
    bars: [
      { label: 'capital-gain', value: 0.05 },
      { label: 'a-very-long-feature-name-indeed', value: 0.02 },
      { label: 'age', value: 0.01 },
      { label: 'broken', value: Number.NaN },
    ],
  }).value;

  it('draws one bar per finite value, longest first as given, with its value written', () => {
    expect(count(html, '<rect class="bar"')).toBe(3);
    expect(html).toContain('>0.05</text>');
  });

  it('shortens long labels and keeps the full name in the tooltip', () => {
    expect(html).toContain('>a-very-long-feature-n…</text>');
    expect(html).toContain('<title>a-very-long-feature-name-indeed: 0.02</title>');
  });
});

describe('heatmap', () => {
  it('draws a cell per value with its count, shaded by its share of the row', () => {
    const html = heatmap({
      title: 'Confusion',
      rowTitle: 'Actual',
      colTitle: 'Predicted',
      rowLabels: ['a', 'b', '<c>'],
      colLabels: ['a', 'b', '<c>'],
      values: [
        [8, 2, 0],
        [1, 9, 0],
        [0, 0, 1234],
      ],
    }).value;
    expect(count(html, '<rect class="cell"')).toBe(9);
    expect(html).toContain('>1,234</text>');
    expect(html).toContain('&lt;c&gt;');
    expect(html).toContain(`fill="${shade(1)}"`);
    expect(html).toContain(`fill="${shade(0.8)}"`);
  });

  it('shades from white to dark blue', () => {
    expect(shade(0)).toBe('#ffffff');
    expect(shade(1)).toBe('#084594');
    expect(shade(Number.NaN)).toBe('#ffffff');
  });
});

describe('scatter', () => {
  it('draws a point per finite pair and the y = x diagonal on one shared range', () => {
    const html = scatter({
      title: 'Predicted vs actual',
      xLabel: 'actual',
      yLabel: 'predicted',
      points: [
        { x: 1, y: 1.5 },
        { x: 2, y: 1.8 },
        { x: 3, y: 3.4 },
        { x: 4, y: 3.9 },
        { x: Number.NaN, y: 1 },
      ],
      diagonal: true,
    }).value;
    expect(count(html, '<circle class="point"')).toBe(4);
    expect(count(html, '<path class="reference"')).toBe(1);
    expect(html).toContain('viewBox="0 0 420 420"');
  });
});
