import { describe, expect, it } from 'vitest';
import { tagProblems } from './tag-balance.js';

describe('tagProblems (test support)', () => {
  it('accepts a well-formed document with void elements, raw style text and entities', () => {
    const doc =
      '<!doctype html><html><head><meta charset="utf-8"><style>a > b { x: 1 }</style></head>' +
      '<body><p class="x">a &amp; b &lt;c&gt; &#39;d&#39;</p><svg><path d="M0 0"></path></svg></body></html>';
    expect(tagProblems(doc)).toEqual([]);
  });

  it('reports unclosed, mismatched and stray closing tags', () => {
    expect(tagProblems('<div><p>x</div>')).toEqual(['</div> at 9 closes <p>', '<div> never closed']);
    expect(tagProblems('<section>x')).toEqual(['<section> never closed']);
    expect(tagProblems('x</b>')).toEqual(['</b> at 1 closes <nothing>']);
  });

  it('reports unescaped text and unquoted or broken attributes', () => {
    expect(tagProblems('<p>a & b</p>')).toEqual(['stray "&" in text at 5']);
    expect(tagProblems('<p>1 > 0</p>')).toEqual(['stray ">" in text at 5']);
    expect(tagProblems('<p a=b>x</p>')[0]).toMatch(/^malformed tag at 0/);
    expect(tagProblems('<p a="<">x</p>')[0]).toMatch(/^malformed tag at 0/);
  });
});
