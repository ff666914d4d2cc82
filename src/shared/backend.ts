import { z } from 'zod';

/**
 * Candidate ML backends in the order they are tried.
 * cuda: @tensorflow/tfjs-node-gpu (libtensorflow with CUDA); tensorflow: @tensorflow/tfjs-node
 * (libtensorflow on CPU); wasm: @tensorflow/tfjs-backend-wasm; cpu: the pure-JS backend.
 */
export const BACKEND_IDS = ['cuda', 'tensorflow', 'wasm', 'cpu'] as const;
export const BackendId = z.enum(BACKEND_IDS);
export type BackendId = z.infer<typeof BackendId>;

export const BackendCandidate = z.object({
  id: BackendId,
  /** The npm package that provides it. */
  package: z.string(),
  status: z.enum(['chosen', 'available', 'unavailable', 'not-tried']),
  /** Why it was chosen, skipped or not tried, in words a user can act on. */
  reason: z.string(),
});
export type BackendCandidate = z.infer<typeof BackendCandidate>;

export const BackendReport = z.object({
  chosen: BackendId,
  /** The tfjs backend name that runs (`tensorflow`, `wasm`, `cpu`). */
  tfBackend: z.string(),
  /** What the work runs on, e.g. "NVIDIA RTX 4090 (CUDA)" or "CPU, WebAssembly SIMD". */
  device: z.string(),
  /** The backend forced by AI_FACTORY_BACKEND or the `ml.backend` setting, if any. */
  forced: BackendId.nullable(),
  /** Where the forced choice came from. */
  forcedBy: z.enum(['env', 'setting']).nullable(),
  reason: z.string(),
  candidates: z.array(BackendCandidate),
  probedAt: z.string(),
});
export type BackendReport = z.infer<typeof BackendReport>;
