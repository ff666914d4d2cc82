/**
 * Test support: a minimal well-formedness check of generated HTML without a parser dependency —
 * every tag closed in order, no stray `<`, `>` or bare `&` in text, quoted attributes only.
 */

/** Elements without a closing tag. */
const VOID = new Set(['meta', 'br', 'hr', 'col', 'wbr', 'img', 'input', 'link']);
/** Elements whose content is raw text (skipped, but must be closed). */
const RAW = new Set(['style', 'script']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][a-zA-Z0-9_:.-]*(?:="[^"<]*")?)*)\s*>/y;

function checkText(text: string, at: number, problems: string[]): void {
  const bad = text.match(/[<>]|&(?![a-zA-Z]+;|#[0-9]+;|#x[0-9a-fA-F]+;)/);
  if (bad) problems.push(`stray ${JSON.stringify(bad[0])} in text at ${at + (bad.index ?? 0)}`);
}

/** What is wrong with the document's structure; empty when every element is properly closed. */
export function tagProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let i = 0;
  const doctype = /^<!doctype html>/i.exec(html);
  if (doctype) i = doctype[0].length;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    checkText(html.slice(i, lt < 0 ? html.length : lt), i, problems);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt);
      if (end < 0) return [...problems, `unclosed comment at ${lt}`];
      i = end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) return [...problems, `malformed tag at ${lt}: ${html.slice(lt, lt + 40)}`];
    const [whole, closing, rawName] = m;
    const name = (rawName ?? '').toLowerCase();
    i = lt + whole.length;
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> at ${lt} closes <${open ?? 'nothing'}>`);
    } else if (RAW.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}>`, i);
      if (end < 0) return [...problems, `unclosed <${name}> at ${lt}`];
      i = end + name.length + 3;
    } else if (!VOID.has(name)) stack.push(name);
  }
  for (const open of stack) problems.push(`<${open}> never closed`);
  return problems;
}
