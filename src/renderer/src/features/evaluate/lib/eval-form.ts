import type { CommandInput } from '../../../../../shared/contract';

/** The Evaluate form as the person fills it (numbers as typed). */
export interface EvalForm {
  /** The version's held-out test split, or a dataset version picked here. */
  source: 'test-split' | 'dataset-version';
  datasetId: string;
  datasetVersionId: string;
  robustness: boolean;
  load: boolean;
  /** Requests per second. */
  rate: string;
  seconds: string;
  connections: string;
}

/** Test split, robustness on, load test off (200 req/s for 5 s on 8 connections when turned on). */
export const DEFAULT_EVAL_FORM: EvalForm = {
  source: 'test-split',
  datasetId: '',
  datasetVersionId: '',
  robustness: true,
  load: false,
  rate: '200',
  seconds: '5',
  connections: '8',
};

export type EvalFormField = 'datasetVersionId' | 'rate' | 'seconds' | 'connections';
export type EvalFormErrors = Partial<Record<EvalFormField, string>>;
export type EvaluateStartInput = CommandInput<'evaluate.start'>;

/** A number typed in a field, checked against the contract's limits; a message when it is not one. */
function numberIn(text: string, min: number, max: number, integer: boolean): number | string {
  const trimmed = text.trim();
  const n = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(n)) return 'Give a number.';
  if (integer && !Number.isInteger(n)) return 'Give a whole number.';
  if (n < min || n > max)
    return `Give a number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`;
  return n;
}

/**
 * The evaluate.start input from the form, or the fields to fix. Load test limits mirror the
 * contract's LoadTestInput: rate 1–50,000 req/s, 1–600 s, 1–256 connections.
 */
export function evaluateInput(
  form: EvalForm,
  modelName: string,
  version: number,
): { input: EvaluateStartInput } | { errors: EvalFormErrors } {
  const errors: EvalFormErrors = {};
  const input: EvaluateStartInput = { modelName, version, robustness: form.robustness };
  if (form.source === 'dataset-version') {
    if (form.datasetVersionId) input.datasetVersionId = form.datasetVersionId;
    else errors.datasetVersionId = 'Pick the dataset version to evaluate on.';
  }
  if (form.load) {
    const rate = numberIn(form.rate, 1, 50_000, true);
    const seconds = numberIn(form.seconds, 1, 600, false);
    const connections = numberIn(form.connections, 1, 256, true);
    if (typeof rate === 'string') errors.rate = rate;
    if (typeof seconds === 'string') errors.seconds = seconds;
    if (typeof connections === 'string') errors.connections = connections;
    if (typeof rate === 'number' && typeof seconds === 'number' && typeof connections === 'number') {
      input.load = { rate, seconds, connections };
    }
  }
  return Object.keys(errors).length > 0 ? { errors } : { input };
}

/** The id of a dataset's newest version (highest number); empty when it has none. */
export function newestVersionId(versions: readonly { id: string; number: number }[]): string {
  let best: { id: string; number: number } | null = null;
  for (const v of versions) if (!best || v.number > best.number) best = v;
  return best?.id ?? '';
}
