import { describe, expect, it } from 'vitest';
import { escapeHtml, fragment, h, trusted } from './html.js';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">'Tom' & Jerry</a> ≥ é`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; Jerry&lt;/a&gt; ≥ é',
    );
  });
});

describe('h', () => {
  it('escapes text children and attribute values, keeps built markup as is', () => {
    const inner = h('b', null, 'x < y');
    expect(h('p', { title: '"quoted" & <odd>' }, 'a & b ', inner, 3).value).toBe(
      '<p title="&quot;quoted&quot; &amp; &lt;odd&gt;">a &amp; b <b>x &lt; y</b>3</p>',
    );
  });

  it('leaves out null, undefined and false; writes true bare; flattens nested lists', () => {
    expect(
      h('td', { class: null, id: undefined, hidden: false, open: true }, [['a', null], false, 'b']).value,
    ).toBe('<td open>ab</td>');
  });

  it('writes void elements without a closing tag', () => {
    expect(h('meta', { charset: 'utf-8' }).value).toBe('<meta charset="utf-8">');
  });

  it('refuses tag and attribute names that could break out of the tag', () => {
    expect(() => h('p onclick=x', null)).toThrow('invalid tag name');
    expect(() => h('p', { 'a"b': 1 })).toThrow('invalid attribute name');
  });

  it('joins fragments and passes trusted markup through unchanged', () => {
    expect(fragment('<', trusted('<br>'), h('i', null)).value).toBe('&lt;<br><i></i>');
  });
});
