/**
 * Engine errors about parameters, attached to the form fields they name. The contract's input
 * check says "Invalid input for train.start: params.mlp.units: units must be at least 1; …" and
 * the search-space check "Search space: dimension 2 (mlp.units): min 0 …; dimension 3 …".
 */
export interface FieldErrors {
  /** By parameter path (e.g. "mlp.units"), for the field that shows it. */
  fields: Record<string, string>;
  /** The whole message, shown above the form (it may name things no field shows). */
  message: string;
}

const INVALID_INPUT = /^Invalid input for [\w.]+:\s*/;

/** Split an engine message into per-field messages under `prefix` (e.g. "params" or "base"). */
export function paramErrors(message: string, prefix: string): FieldErrors {
  const fields: Record<string, string> = {};
  if (INVALID_INPUT.test(message)) {
    const body = message.replace(INVALID_INPUT, '');
    for (const part of body.split(/;\s*/)) {
      const m = /^([\w.]+):\s*(.*)$/.exec(part.trim());
      const where = m?.[1] ?? '';
      if (!where.startsWith(`${prefix}.`)) continue;
      const path = where.slice(prefix.length + 1);
      const text = m?.[2] ?? '';
      fields[path] = fields[path] ? `${fields[path]}; ${text}` : text;
    }
  }
  return { fields, message };
}

/**
 * Per-dimension messages (by 0-based index) from a search-space error: the engine's
 * "dimension 2 (mlp.units): …" (1-based) or the contract's "space.1.min: …" (0-based).
 */
export function spaceErrors(message: string): Record<number, string> {
  const out: Record<number, string> = {};
  const add = (index: number, text: string) => {
    out[index] = out[index] ? `${out[index]}; ${text}` : text;
  };
  const body = message
    .replace(INVALID_INPUT, '')
    .replace(/^Search space:\s*/, '')
    .replace(/\.$/, '');
  let last: number | null = null;
  for (const raw of body.split(/;\s*/)) {
    const part = raw.trim();
    const dim = /^dimension (\d+)(?: \([^)]*\))?:\s*(.*)$/.exec(part);
    const path = dim ? null : /^space\.(\d+)(?:\.([\w.]+))?:\s*(.*)$/.exec(part);
    if (dim) {
      last = Number(dim[1]) - 1;
      add(last, dim[2] ?? '');
    } else if (path) {
      last = Number(path[1]);
      add(last, path[2] ? `${path[2]}: ${path[3] ?? ''}` : (path[3] ?? ''));
    } else if (last !== null && part) {
      // A message with a semicolon of its own ("…; use a small positive min such as 1e-6").
      add(last, part);
    }
  }
  return out;
}
