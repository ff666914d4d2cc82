/**
 * The versions the server serves: the production version of each model for unversioned requests,
 * and any version by explicit version path (loaded on first use, then kept). Hot swap: refresh()
 * loads and warms a model's new production version while the old one keeps serving, then switches
 * the pointer in one step; the old one is disposed once its in-flight requests have finished
 * (a request that raced the switch is served by a reloaded instance), so no request fails.
 */
import { join } from 'node:path';
import { AppError } from '../../../../shared/errors.js';
import type { ServedVersion as ServedVersionInfo, Stage } from '../../../../shared/serve.js';
import type { Tf } from '../../ml/tf-loader.js';
import type { ModelResolver, ServedModel } from '../types.js';
import type { BatchingOptions } from './dynamic-batcher.js';
import type { RegistryReader } from './registry-reader.js';
import { ServedVersion } from './served-version.js';

export interface ResolverArgs {
  tf: Tf;
  registry: RegistryReader;
  workspaceDir: string;
  batching: BatchingOptions;
  onBatch?: (name: string, version: number, rows: number) => void;
  onQueue?: (name: string, version: number, rows: number) => void;
  /** Told after every change of what is served (and of load failures). */
  onChange?: () => void;
  onError?: (message: string) => void;
}

const keyOf = (name: string, version: number) => `${name}\u0000${version}`;

export class RegistryModelResolver implements ModelResolver {
  /** Loaded (or loading) versions by name + version. */
  private readonly loaded = new Map<string, Promise<ServedVersion>>();
  private readonly ready = new Map<string, ServedVersion>();
  /** Versions asked for by explicit version path: kept when they leave production. */
  private readonly pinned = new Set<string>();
  /** The version serving unversioned requests, per model. */
  private readonly production = new Map<string, ServedVersion>();
  /** One refresh at a time per model, in order. */
  private readonly swaps = new Map<string, Promise<void>>();
  private readonly retiring = new Set<Promise<void>>();
  private stages = new Map<string, Stage>();
  private closed = false;

  constructor(private readonly args: ResolverArgs) {}

  /** Load and warm every production version (before the server listens). */
  async start(): Promise<void> {
    await this.refreshAll();
  }

  async resolve(name: string, version?: number): Promise<ServedModel> {
    if (version !== undefined) {
      this.pinned.add(keyOf(name, version));
      return this.load(name, version);
    }
    const current = this.production.get(name);
    if (current) return current;
    // Not loaded yet (promoted before the notification arrived, or its load failed): try now.
    const row = this.args.registry.productions().get(name);
    if (!row) throw this.noProduction(name);
    await this.refresh(name);
    const after = this.production.get(name);
    if (!after) throw this.noProduction(name);
    return after;
  }

  isReady(name: string, version?: number): boolean {
    if (version === undefined) return this.production.get(name)?.ready ?? false;
    return this.ready.get(keyOf(name, version))?.ready ?? false;
  }

  list(): { name: string; versions: { version: number; stage: Stage }[] }[] {
    const list = this.args.registry.list();
    this.stages = new Map(list.flatMap((m) => m.versions.map((v) => [keyOf(m.name, v.version), v.stage])));
    return list;
  }

  /** What is loaded, for the status the Deploy step shows. */
  served(): ServedVersionInfo[] {
    this.list();
    return [...this.ready.values()]
      .filter((v) => v.ready)
      .map((v) => ({ name: v.name, version: v.version, stage: v.stage, ready: v.ready }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version);
  }

  /** The registry's production versions now, as `name@version` (to notice changes made elsewhere). */
  productionsInRegistry(): string[] {
    return [...this.args.registry.productions().values()].map((r) => `${r.name}@${r.version}`);
  }

  /** Rows waiting in every served version's batcher. */
  waitingRows(): number {
    let n = 0;
    for (const v of this.ready.values()) n += v.waitingRows;
    return n;
  }

  /** Bring every model's served production version in line with the registry. */
  async refreshAll(): Promise<void> {
    const names = new Set([...this.args.registry.productions().keys(), ...this.production.keys()]);
    await Promise.all([...names].map((n) => this.refresh(n)));
  }

  /** Hot swap one model to its production version in the registry (queued behind an earlier swap). */
  refresh(name: string): Promise<void> {
    const prev = this.swaps.get(name) ?? Promise.resolve();
    const next = prev.then(() => this.swap(name));
    this.swaps.set(name, next);
    void next.finally(() => {
      if (this.swaps.get(name) === next) this.swaps.delete(name);
    });
    return next;
  }

  private async swap(name: string): Promise<void> {
    if (this.closed) return;
    this.list();
    const row = this.args.registry.productions().get(name);
    const current = this.production.get(name);
    if (row && current?.version === row.version) return;
    if (!row) {
      if (current) {
        this.production.delete(name);
        this.retireIfUnused(current);
        this.args.onChange?.();
      }
      return;
    }
    let next: ServedVersion;
    try {
      next = await this.load(name, row.version);
    } catch (err) {
      // Keep serving the old version; say why the new one is not served.
      this.args.onError?.(`${name} v${row.version} could not be loaded: ${(err as Error).message}`);
      this.args.onChange?.();
      return;
    }
    if (this.closed) return;
    this.production.set(name, next);
    if (current && current !== next) this.retireIfUnused(current);
    this.args.onChange?.();
  }

  /** Retire a version that is neither production nor pinned by explicit version requests. */
  private retireIfUnused(v: ServedVersion): void {
    const key = keyOf(v.name, v.version);
    if (this.pinned.has(key) || this.production.get(v.name) === v) return;
    this.loaded.delete(key);
    this.ready.delete(key);
    const done = v.retire();
    this.retiring.add(done);
    void done.then(() => this.retiring.delete(done));
  }

  private load(name: string, version: number): Promise<ServedVersion> {
    const key = keyOf(name, version);
    const have = this.loaded.get(key);
    if (have) return have;
    const row = this.args.registry.version(name, version);
    if (!row) return Promise.reject(this.noVersion(name, version));
    const { onBatch, onQueue } = this.args;
    const loading = ServedVersion.load({
      tf: this.args.tf,
      name,
      version,
      dir: join(this.args.workspaceDir, row.artifactDir),
      batching: this.args.batching,
      stageOf: () => this.stages.get(key) ?? row.stage,
      ...(onBatch ? { onBatch: (rows: number) => onBatch(name, version, rows) } : {}),
      ...(onQueue ? { onQueue: (rows: number) => onQueue(name, version, rows) } : {}),
      reload: (n, v) => this.resolve(n, v),
    });
    this.loaded.set(key, loading);
    loading.then(
      (v) => {
        if (this.loaded.get(key) === loading) this.ready.set(key, v);
      },
      () => {
        if (this.loaded.get(key) === loading) this.loaded.delete(key);
      },
    );
    return loading;
  }

  /** Stop swapping; wait for in-flight requests, then dispose every version. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.swaps.values()]);
    const all = await Promise.allSettled([...this.loaded.values()]);
    this.production.clear();
    this.pinned.clear();
    await Promise.all([
      ...all.flatMap((r) => (r.status === 'fulfilled' ? [r.value.retire()] : [])),
      ...this.retiring,
    ]);
    this.loaded.clear();
    this.ready.clear();
  }

  private noProduction(name: string): AppError {
    const model = this.args.registry.list().find((m) => m.name === name);
    if (!model) {
      const names = this.args.registry.list().map((m) => m.name);
      return new AppError(
        'not_found',
        `no model named "${name}"; models: ${names.join(', ') || 'none yet (train one first)'}`,
      );
    }
    const versions = model.versions.map((v) => v.version);
    return new AppError(
      'not_found',
      `model ${name} has no production version; promote one or call /versions/N (versions: ${versions.join(', ') || 'none'})`,
    );
  }

  private noVersion(name: string, version: number): AppError {
    const model = this.args.registry.list().find((m) => m.name === name);
    if (!model) return this.noProduction(name);
    return new AppError(
      'not_found',
      `model ${name} has no version ${version}; its versions: ${model.versions.map((v) => v.version).join(', ') || 'none'}`,
    );
  }
}
