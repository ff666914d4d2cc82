/**
 * Building HTML safely: every string given as a child or an attribute value is escaped; only
 * `Html` values (made here) pass through as markup. Used for the model card and its inline SVG.
 */

/** Markup already built and escaped; strings never become markup without passing through `h`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What an element may contain: markup, text (escaped), numbers, nothing, or lists of these. */
export type Child = Html | string | number | null | undefined | false | readonly Child[];

/** Attribute values; null/undefined/false leave the attribute out, true writes it bare. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes the five HTML-significant characters, safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Elements that take no closing tag in HTML. */
const VOID = new Set(['meta', 'br', 'hr', 'col', 'wbr']);

const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;

function renderChild(child: Child, out: string[]): void {
  if (child === null || child === undefined || child === false) return;
  if (child instanceof Html) out.push(child.value);
  else if (typeof child === 'string') out.push(escapeHtml(child));
  else if (typeof child === 'number') out.push(escapeHtml(String(child)));
  else for (const c of child) renderChild(c, out);
}

function renderAttrs(attrs: Attrs | null): string {
  if (!attrs) return '';
  let s = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (!NAME.test(name)) throw new Error(`invalid attribute name: ${name}`);
    if (value === null || value === undefined || value === false) continue;
    s += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return s;
}

/** One element: `h('td', {class: 'num'}, '0.85')` → `<td class="num">0.85</td>`. */
export function h(tag: string, attrs: Attrs | null, ...children: Child[]): Html {
  if (!NAME.test(tag)) throw new Error(`invalid tag name: ${tag}`);
  const open = `<${tag}${renderAttrs(attrs)}>`;
  if (VOID.has(tag)) return new Html(open);
  const out: string[] = [open];
  renderChild(children, out);
  out.push(`</${tag}>`);
  return new Html(out.join(''));
}

/** Children joined without a wrapping element. */
export function fragment(...children: Child[]): Html {
  const out: string[] = [];
  renderChild(children, out);
  return new Html(out.join(''));
}

/** Trusted markup written in our own code (the stylesheet, the doctype); never for data. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
