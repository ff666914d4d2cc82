import { describe, expect, it } from 'vitest';
import { type NativeProbe, probeBackends } from './backend-probe.js';
import { packageDir } from './packages.js';

const installedHere = (name: string) => packageDir(name);
/** Pretend a native package is installed (the GPU machine is the edge we cannot have here). */
const withNative =
  (...names: string[]) =>
  (name: string) =>
    names.includes(name) ? `/fake/node_modules/${name}` : packageDir(name);

describe('probeBackends', () => {
  it('on this machine: skips the native backends with the reason and chooses wasm', async () => {
    const r = await probeBackends({ forced: null, forcedBy: null, packageDir: installedHere });
    expect(r.chosen).toBe('wasm');
    expect(r.tfBackend).toBe('wasm');
    expect(r.device).toMatch(/WebAssembly/);
    const byId = Object.fromEntries(r.candidates.map((c) => [c.id, c]));
    expect(byId.cuda?.status).toBe('unavailable');
    expect(byId.cuda?.reason).toMatch(/tfjs-node-gpu is not installed/);
    expect(byId.cuda?.reason).toMatch(/CUDA 11\.2 and cuDNN 8\.1/);
    expect(byId.tensorflow?.reason).toMatch(/tfjs-node is not installed/);
    expect(byId.wasm?.status).toBe('chosen');
    expect(byId.cpu?.status).toBe('available');
  });

  it('obeys a forced backend and says who forced it', async () => {
    const r = await probeBackends({ forced: 'cpu', forcedBy: 'env', packageDir: installedHere });
    expect(r.chosen).toBe('cpu');
    expect(r.reason).toBe('forced by AI_FACTORY_BACKEND=cpu');
  });

  it('falls back, and says so, when the forced backend is unavailable', async () => {
    const r = await probeBackends({ forced: 'cuda', forcedBy: 'setting', packageDir: installedHere });
    expect(r.chosen).toBe('wasm');
    expect(r.reason).toMatch(/asked for cuda, which is unavailable .*not installed.*using wasm instead/);
  });

  it('chooses cuda when tfjs-node-gpu loads and sees a GPU', async () => {
    const probeNative = async (pkg: string): Promise<NativeProbe> => ({
      ok: true,
      gpu: pkg.endsWith('-gpu'),
    });
    const r = await probeBackends({
      forced: null,
      forcedBy: null,
      packageDir: withNative('@tensorflow/tfjs-node-gpu'),
      probeNative,
    });
    expect(r.chosen).toBe('cuda');
    expect(r.tfBackend).toBe('tensorflow');
    expect(r.device).toMatch(/^GPU: .*\(CUDA\)$/);
    expect(r.candidates.find((c) => c.id === 'tensorflow')?.status).toBe('not-tried');
  });

  it('explains a GPU package that loads without a GPU, and moves on to tfjs-node', async () => {
    const probeNative = async (): Promise<NativeProbe> => ({ ok: true, gpu: false });
    const r = await probeBackends({
      forced: null,
      forcedBy: null,
      packageDir: withNative('@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'),
      probeNative,
    });
    expect(r.chosen).toBe('tensorflow');
    expect(r.candidates.find((c) => c.id === 'cuda')?.reason).toMatch(/sees no CUDA GPU.*nvidia-smi/);
  });

  it('reports a native package that fails to load (e.g. missing libcudnn) with its error', async () => {
    const probeNative = async (): Promise<NativeProbe> => ({
      ok: false,
      gpu: false,
      error: 'libcudnn.so.8: cannot open shared object file',
    });
    const r = await probeBackends({
      forced: null,
      forcedBy: null,
      packageDir: withNative('@tensorflow/tfjs-node-gpu'),
      probeNative,
    });
    expect(r.chosen).toBe('wasm');
    expect(r.candidates.find((c) => c.id === 'cuda')?.reason).toMatch(/failed to load: libcudnn\.so\.8/);
  });

  it('really loads a package in a child process when one is installed (here: a failing one)', async () => {
    // Point the probe at a package name that cannot load, through the real child-process path.
    const r = await probeBackends({
      forced: null,
      forcedBy: null,
      packageDir: withNative('@tensorflow/tfjs-node-gpu'),
    });
    expect(r.candidates.find((c) => c.id === 'cuda')?.reason).toMatch(
      /failed to load: Cannot find module '@tensorflow\/tfjs-node-gpu'/,
    );
  });
});
