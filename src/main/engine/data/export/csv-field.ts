import { formatIso } from '../recipes/civil-time.js';
import type { TableColumn, TextData } from '../table/types.js';
import type { ByteSink } from './byte-sink.js';
import { formatNumber } from './format-number.js';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const encoder = new TextEncoder();

/**
 * RFC 4180 quoting: a field holding the delimiter, a quote, CR or LF is wrapped in quotes with
 * inner quotes doubled. An empty (but present) string is written as "" so it differs from missing.
 */
export function escapeField(s: string, delimiter: string): string {
  if (s === '') return '""';
  if (s.includes('"')) return `"${s.replaceAll('"', '""')}"`;
  if (s.includes(delimiter) || s.includes('\n') || s.includes('\r')) return `"${s}"`;
  return s;
}

/** Copies UTF-8 text bytes as one field, quoting only when they hold a special byte. */
function writeTextBytes(sink: ByteSink, d: TextData, i: number, delim: number): void {
  const s = d.offsets[i] as number;
  const e = d.offsets[i + 1] as number;
  if (s === e) {
    sink.byte(QUOTE);
    sink.byte(QUOTE);
    return;
  }
  let special = false;
  for (let k = s; k < e; k++) {
    const b = d.bytes[k] as number;
    if (b === QUOTE || b === delim || b === CR || b === LF) {
      special = true;
      break;
    }
  }
  if (!special) {
    sink.bytes(d.bytes, s, e);
    return;
  }
  sink.reserve(2 * (e - s) + 2);
  sink.byte(QUOTE);
  for (let k = s; k < e; k++) {
    const b = d.bytes[k] as number;
    if (b === QUOTE) sink.byte(QUOTE);
    sink.byte(b);
  }
  sink.byte(QUOTE);
}

/**
 * Writes row i of a column as one CSV field: missing → nothing (an empty field), datetimes
 * ISO 8601, booleans true/false, numbers as String(x) (the shortest text that reads back to the
 * same double), text quoted as RFC 4180 says. `delimiter` must be a single ASCII character.
 */
export function fieldWriter(col: TableColumn, delimiter: string): (i: number, sink: ByteSink) => void {
  const d = col.data;
  const delim = delimiter.charCodeAt(0);
  switch (d.storage) {
    case 'dict': {
      const encoded = d.dictionary.map((s) => encoder.encode(escapeField(s, delimiter)));
      return (i, sink) => {
        const c = d.codes[i] as number;
        if (c >= 0) sink.bytes(encoded[c] as Uint8Array);
      };
    }
    case 'text':
      return (i, sink) => {
        if (!d.missing[i]) writeTextBytes(sink, d, i, delim);
      };
    case 'number': {
      const v = d.values;
      if (col.type === 'boolean') {
        return (i, sink) => {
          const x = v[i] as number;
          if (!Number.isNaN(x)) sink.ascii(x !== 0 ? 'true' : 'false');
        };
      }
      if (col.type === 'datetime') {
        return (i, sink) => {
          const x = v[i] as number;
          if (Number.isFinite(x)) sink.ascii(formatIso(x));
        };
      }
      return (i, sink) => {
        const x = v[i] as number;
        if (!Number.isNaN(x)) sink.ascii(formatNumber(x));
      };
    }
  }
}
