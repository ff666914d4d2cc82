/**
 * The per-epoch checkpoint: one file, `checkpoint.bin`, written to a temporary name and renamed
 * over the old one, so a crash leaves either the previous or the new checkpoint, never half of one.
 * Layout: "AIFCKPT1", u32 header length, the header (JSON: state and array specs), then the arrays'
 * bytes (little-endian float32 / int32, each 4-byte aligned).
 */
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { EpochRecord, Metrics } from '../../../../shared/train.js';
import type { StopState } from './early-stopping.js';
import type { SavedArray } from './saved-arrays.js';

export const CHECKPOINT_FILE = 'checkpoint.bin';
const MAGIC = 'AIFCKPT1';

export interface CheckpointState {
  formatVersion: 1;
  /** The parameters that shape training (all but epochs and early stopping); a resume must match. */
  fingerprint: string;
  epochsDone: number;
  history: EpochRecord[];
  stop: StopState;
  /** Validation metrics at the best epoch. */
  bestValMetrics: Metrics | null;
}

export interface Checkpoint {
  state: CheckpointState;
  /** The model's weights after the last finished epoch (model.getWeights() order). */
  model: SavedArray[];
  /** The best epoch's weights (null before any validation). */
  best: SavedArray[] | null;
  optimizer: SavedArray[];
}

interface Spec {
  name: string;
  dtype: SavedArray['dtype'];
  shape: number[];
  offset: number;
  length: number;
}

interface Header {
  state: CheckpointState;
  model: Spec[];
  best: Spec[] | null;
  optimizer: Spec[];
}

export async function writeCheckpoint(dir: string, c: Checkpoint): Promise<void> {
  let offset = 0;
  const parts: Uint8Array[] = [];
  const specs = (list: SavedArray[]): Spec[] =>
    list.map((a) => {
      const bytes = new Uint8Array(a.data.buffer, a.data.byteOffset, a.data.byteLength);
      parts.push(bytes);
      const s = { name: a.name, dtype: a.dtype, shape: a.shape, offset, length: a.data.length };
      offset += bytes.byteLength;
      return s;
    });
  const header: Header = {
    state: c.state,
    model: specs(c.model),
    best: c.best ? specs(c.best) : null,
    optimizer: specs(c.optimizer),
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  // Pad the header with spaces so the data starts 4-byte aligned.
  const pad = (4 - ((MAGIC.length + 4 + json.length) % 4)) % 4;
  if (pad) json = Buffer.concat([json, Buffer.from(' '.repeat(pad))]);
  const head = Buffer.alloc(MAGIC.length + 4);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, MAGIC.length);
  await mkdir(dir, { recursive: true });
  const target = join(dir, CHECKPOINT_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  const fh = await open(temp, 'w');
  try {
    await fh.writev([head, json, ...parts]);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(temp, target);
}

/** The checkpoint in `dir`, or null when there is none. */
export async function readCheckpoint(dir: string): Promise<Checkpoint | null> {
  let buf: Buffer;
  try {
    buf = await readFile(join(dir, CHECKPOINT_FILE));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC)
    throw new Error(`${join(dir, CHECKPOINT_FILE)} is not a training checkpoint`);
  const len = buf.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4;
  const header = JSON.parse(buf.toString('utf8', start, start + len)) as Header;
  const base = start + len;
  const arrays = (specs: Spec[]): SavedArray[] =>
    specs.map((s) => {
      const bytes = buf.buffer.slice(
        buf.byteOffset + base + s.offset,
        buf.byteOffset + base + s.offset + s.length * 4,
      );
      const data = s.dtype === 'int32' ? new Int32Array(bytes) : new Float32Array(bytes);
      return { name: s.name, dtype: s.dtype, shape: s.shape, data };
    });
  return {
    state: header.state,
    model: arrays(header.model),
    best: header.best ? arrays(header.best) : null,
    optimizer: arrays(header.optimizer),
  };
}

/** Removes the checkpoint (e.g. once a run's artifacts are saved). */
export async function removeCheckpoint(dir: string): Promise<void> {
  await rm(join(dir, CHECKPOINT_FILE), { force: true });
}
