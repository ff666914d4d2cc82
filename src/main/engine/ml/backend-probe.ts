import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { BackendCandidate, BackendId, BackendReport } from '../../../shared/backend.js';
import { BACKEND_IDS } from '../../../shared/backend.js';
import { nowIso } from '../util/ids.js';
import { BACKEND_PACKAGES, packageDir, wasmBinariesDir } from './packages.js';

export interface ProbeArgs {
  forced: BackendId | null;
  forcedBy: 'env' | 'setting' | null;
  /** Override package lookup (tests). */
  packageDir?: (name: string) => string | null;
  /** Override the native probe (tests; the default runs it in a child process). */
  probeNative?: (pkg: string) => Promise<NativeProbe>;
}

export interface NativeProbe {
  ok: boolean;
  gpu: boolean;
  error?: string;
}

interface CandidateResult {
  available: boolean;
  reason: string;
  device: string;
  tfBackend: string;
}

const CUDA_HELP =
  'tfjs-node-gpu 4.x needs an NVIDIA GPU with CUDA 11.2 and cuDNN 8.1 on the library path; check with `nvidia-smi` and `npx ai-factory info`';

function cpuName(): string {
  const c = cpus();
  return `${c[0]?.model?.trim() ?? 'CPU'}, ${c.length} cores`;
}

/**
 * Load a native tfjs package in a child process, so a missing CUDA library or a crash cannot
 * take this process down, and so this process never holds the native backend (tfjs issue #8388).
 */
function probeNativeInChild(pkg: string): Promise<NativeProbe> {
  const code = `
    try {
      const tf = require(${JSON.stringify(pkg)});
      const b = tf.backend();
      process.stdout.write(JSON.stringify({ ok: true, gpu: !!(b.isGPUPackage && b.isUsingGpuDevice) }));
    } catch (e) {
      process.stdout.write(JSON.stringify({ ok: false, gpu: false, error: String(e && e.message || e) }));
    }`;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-e', code],
      { timeout: 60_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', TF_CPP_MIN_LOG_LEVEL: '2' } },
      (err, stdout) => {
        try {
          resolve(JSON.parse(stdout) as NativeProbe);
        } catch {
          resolve({ ok: false, gpu: false, error: err ? err.message : 'no answer from the probe process' });
        }
      },
    );
  });
}

function gpuName(): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('nvidia-smi', ['--query-gpu=name', '--format=csv,noheader'], { timeout: 5000 }, (err, out) =>
      resolve(err ? null : out.trim().split('\n')[0] || null),
    );
  });
}

async function checkNative(id: 'cuda' | 'tensorflow', args: ProbeArgs): Promise<CandidateResult> {
  const pkg = BACKEND_PACKAGES[id];
  const find = args.packageDir ?? packageDir;
  const tfBackend = 'tensorflow';
  if (!find(pkg)) {
    const reason =
      id === 'cuda'
        ? `${pkg} is not installed (npm skips this optional dependency when its libtensorflow download fails); on a CUDA machine run \`npm install ${pkg}\` — ${CUDA_HELP}`
        : `${pkg} is not installed; \`npm install ${pkg}\` adds the native CPU backend (downloads libtensorflow)`;
    return { available: false, reason, device: '', tfBackend };
  }
  const probe = await (args.probeNative ?? probeNativeInChild)(pkg);
  if (!probe.ok) {
    return {
      available: false,
      reason: `${pkg} is installed but failed to load: ${probe.error ?? 'unknown error'}`,
      device: '',
      tfBackend,
    };
  }
  if (id === 'cuda' && !probe.gpu) {
    return {
      available: false,
      reason: `${pkg} loaded, but libtensorflow sees no CUDA GPU — ${CUDA_HELP}`,
      device: '',
      tfBackend,
    };
  }
  if (id === 'cuda') {
    const name = (await gpuName()) ?? 'NVIDIA GPU';
    return {
      available: true,
      reason: `${pkg} loaded and sees a CUDA GPU`,
      device: `GPU: ${name} (CUDA)`,
      tfBackend,
    };
  }
  return {
    available: true,
    reason: `${pkg} loaded (libtensorflow on the CPU)`,
    device: `CPU via libtensorflow: ${cpuName()}`,
    tfBackend,
  };
}

function checkWasm(args: ProbeArgs): CandidateResult {
  const pkg = BACKEND_PACKAGES.wasm;
  const find = args.packageDir ?? packageDir;
  const dir = find(pkg) ? wasmBinariesDir() : null;
  if (!dir)
    return {
      available: false,
      reason: `${pkg} or its .wasm files are missing; run npm install`,
      device: '',
      tfBackend: 'wasm',
    };
  const wasmApi = (globalThis as { WebAssembly?: { validate(bytes: Uint8Array): boolean } }).WebAssembly;
  if (!wasmApi) {
    return { available: false, reason: 'this runtime has no WebAssembly', device: '', tfBackend: 'wasm' };
  }
  let simd = false;
  try {
    simd = wasmApi.validate(readFileSync(join(dir, 'tfjs-backend-wasm-simd.wasm')));
  } catch {
    simd = false;
  }
  return {
    available: true,
    reason: `${pkg} present and this runtime compiles its WebAssembly${simd ? ' (SIMD)' : ' (no SIMD)'}`,
    device: `CPU via WebAssembly${simd ? ' SIMD' : ''}: ${cpuName()}`,
    tfBackend: 'wasm',
  };
}

function checkCpu(): CandidateResult {
  return {
    available: true,
    reason: 'the pure-JavaScript backend is always available (slowest)',
    device: `CPU via JavaScript: ${cpuName()}`,
    tfBackend: 'cpu',
  };
}

/**
 * Try the backends in order (cuda → tensorflow → wasm → cpu) and choose the first available,
 * or the forced one if it is available. Every candidate gets a reason a user can act on.
 */
export async function probeBackends(args: ProbeArgs): Promise<BackendReport> {
  const results = new Map<BackendId, CandidateResult>();
  const need = (id: BackendId) => args.forced === id || !args.forced;
  let nativeFound = false;
  for (const id of BACKEND_IDS) {
    if (id === 'cuda' || id === 'tensorflow') {
      if (nativeFound && args.forced !== id) continue;
      if (!need(id) && args.forced) {
        // A forced non-native backend: still report whether the native ones are installed (cheaply).
        const installed = (args.packageDir ?? packageDir)(BACKEND_PACKAGES[id]) !== null;
        results.set(id, {
          available: false,
          reason: installed
            ? 'installed, not probed because another backend was forced'
            : `${BACKEND_PACKAGES[id]} is not installed`,
          device: '',
          tfBackend: 'tensorflow',
        });
        continue;
      }
      const r = await checkNative(id, args);
      results.set(id, r);
      if (r.available) nativeFound = true;
    } else if (id === 'wasm') {
      results.set(id, checkWasm(args));
    } else {
      results.set(id, checkCpu());
    }
  }
  const firstAvailable = BACKEND_IDS.find((id) => results.get(id)?.available) ?? 'cpu';
  let chosen: BackendId = firstAvailable;
  let reason: string;
  const source =
    args.forcedBy === 'env' ? `AI_FACTORY_BACKEND=${args.forced}` : `the ml.backend setting (${args.forced})`;
  if (args.forced && results.get(args.forced)?.available) {
    chosen = args.forced;
    reason = `forced by ${source}`;
  } else if (args.forced) {
    reason = `${source} asked for ${args.forced}, which is unavailable (${results.get(args.forced)?.reason}); using ${chosen} instead`;
  } else {
    reason = `${chosen} is the first available backend in the order cuda → tensorflow → wasm → cpu`;
  }
  const candidates: BackendCandidate[] = BACKEND_IDS.map((id) => {
    const r = results.get(id);
    if (!r) {
      return {
        id,
        package: BACKEND_PACKAGES[id],
        status: 'not-tried',
        reason: `not tried: ${chosen} was already found`,
      };
    }
    return {
      id,
      package: BACKEND_PACKAGES[id],
      status: id === chosen ? 'chosen' : r.available ? 'available' : 'unavailable',
      reason: r.reason,
    };
  });
  const chosenResult = results.get(chosen) ?? checkCpu();
  return {
    chosen,
    tfBackend: chosenResult.tfBackend,
    device: chosenResult.device,
    forced: args.forced,
    forcedBy: args.forcedBy,
    reason,
    candidates,
    probedAt: nowIso(),
  };
}
