import { create } from 'zustand';
import type { GateInfo } from '../../../../../shared/contract-evaluate';
import type { DatasetRecord } from '../../../../../shared/data';
import type { EvaluationReport, EvaluationSummary } from '../../../../../shared/evaluate';
import type { ModelSummary } from '../../../../../shared/serve';
import { DEFAULT_EVAL_FORM, type EvalForm, type EvalFormErrors } from '../lib/eval-form';

export interface EvaluateState {
  models: ModelSummary[];
  modelsLoaded: boolean;
  loadError: string | null;
  selectedModel: string | null;
  selectedVersion: number | null;

  form: EvalForm;
  formErrors: EvalFormErrors;
  /** Datasets and their versions, for "evaluate on a dataset version" (loaded when first needed). */
  datasets: DatasetRecord[] | null;
  datasetsError: string | null;

  /** The evaluation job this page follows, and what it evaluates. */
  jobId: string | null;
  jobFor: { modelName: string; version: number } | null;
  starting: boolean;
  /** The engine's answer to evaluate.start, or a finished job's failure. */
  startError: string | null;
  jobError: string | null;

  /** The report shown (the version's latest, or one picked from the history). */
  report: EvaluationReport | null;
  reportLoading: boolean;
  reportError: string | null;
  /** The shown report was picked from the history: a new evaluation does not replace it. */
  pinned: boolean;

  history: EvaluationSummary[];
  historyLoaded: boolean;
  historyError: string | null;

  gate: GateInfo | null;
  gateError: string | null;
  /** The policy editor's text, and the engine's (or JSON's) objection to it. */
  policyText: string;
  policyError: string | null;
  policySaving: boolean;
  policySaved: boolean;

  promoteBusy: boolean;
  promoteError: string | null;
  /** What the last promotion did, e.g. "v3 is now in production". */
  promoteDone: string | null;

  cardBusy: boolean;
  cardError: string | null;
}

export const initialEvaluateState: EvaluateState = {
  models: [],
  modelsLoaded: false,
  loadError: null,
  selectedModel: null,
  selectedVersion: null,
  form: DEFAULT_EVAL_FORM,
  formErrors: {},
  datasets: null,
  datasetsError: null,
  jobId: null,
  jobFor: null,
  starting: false,
  startError: null,
  jobError: null,
  report: null,
  reportLoading: false,
  reportError: null,
  pinned: false,
  history: [],
  historyLoaded: false,
  historyError: null,
  gate: null,
  gateError: null,
  policyText: '',
  policyError: null,
  policySaving: false,
  policySaved: false,
  promoteBusy: false,
  promoteError: null,
  promoteDone: null,
  cardBusy: false,
  cardError: null,
};

/** The Evaluate step's state; actions that talk to the engine live in the other files of state/. */
export const useEvaluateStore = create<EvaluateState>()(() => initialEvaluateState);

export const setEvaluate = (
  patch: Partial<EvaluateState> | ((s: EvaluateState) => Partial<EvaluateState>),
): void => useEvaluateStore.setState(patch);
