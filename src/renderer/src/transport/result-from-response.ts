import type { Result } from '../../../shared/errors';

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error === 'object' && v.error !== null;
}

/** The Result envelope of a browser-mode answer, or a typed error when the answer is not one. */
export async function resultFromResponse(response: Response): Promise<Result<unknown>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return {
      ok: false,
      error: {
        kind: 'internal',
        message: `The engine answered HTTP ${response.status} without a JSON result.`,
      },
    };
  }
  if (isResult(body)) return body;
  return {
    ok: false,
    error: {
      kind: 'internal',
      message: `The engine answered HTTP ${response.status} with an unexpected body.`,
    },
  };
}

/** The typed error for a request that never reached the engine. */
export function unreachable(err: unknown): Result<never> {
  const detail = err instanceof Error ? err.message : String(err);
  return {
    ok: false,
    error: {
      kind: 'unavailable',
      message: `Cannot reach the AI Factory engine (${detail}). Is \`ai-factory serve-ui\` still running?`,
    },
  };
}
