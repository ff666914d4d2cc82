import type {
  CycleStage,
  CycleStatus,
  ImprovementCycle,
  TimelineLinks,
  TriggerKind,
} from '../../../../../../shared/improve';

/** A pill tone of base.css (`.pill[data-tone=…]`). */
export type Tone =
  | 'running'
  | 'warning'
  | 'info'
  | 'done'
  | 'neutral'
  | 'critical'
  | 'failed'
  | 'interrupted';

/** How a cycle's status shows: its words and the pill's colour. */
export const STATUS_BADGE: Record<CycleStatus, { label: string; tone: Tone }> = {
  running: { label: 'Running', tone: 'running' },
  awaiting_approval: { label: 'Awaiting approval', tone: 'warning' },
  watching: { label: 'Watching', tone: 'info' },
  completed: { label: 'Completed', tone: 'done' },
  rejected: { label: 'Rejected', tone: 'neutral' },
  rolled_back: { label: 'Rolled back', tone: 'critical' },
  skipped: { label: 'Skipped', tone: 'neutral' },
  failed: { label: 'Failed', tone: 'failed' },
  interrupted: { label: 'Interrupted', tone: 'interrupted' },
};

/** A status's badge; a status added to the contract later shows as it is, in grey. */
export function statusBadge(status: string): { label: string; tone: Tone } {
  return STATUS_BADGE[status as CycleStatus] ?? { label: status, tone: 'neutral' };
}

/** Statuses in which the cycle still moves (it may change without anyone asking). */
export function isCycleActive(status: CycleStatus): boolean {
  return status === 'running' || status === 'awaiting_approval' || status === 'watching';
}

const STAGE_LABEL: Record<CycleStage, string> = {
  dataset: 'building the training data',
  train: 'training',
  evaluate: 'evaluating',
  gate: 'checking the gate',
  promote: 'promoting',
  watch: 'watching the live metric',
  done: 'done',
};

export function stageLabel(stage: string): string {
  return STAGE_LABEL[stage as CycleStage] ?? stage;
}

const TRIGGER_LABEL: Record<TriggerKind, string> = {
  drift: 'Drift',
  metric_drop: 'Live metric drop',
  new_labels: 'New labels',
  schedule: 'Schedule',
  manual: 'Run by hand',
};

export function triggerLabel(kind: string): string {
  return TRIGGER_LABEL[kind as TriggerKind] ?? kind;
}

/** "v3 → v4", or "v3 → not trained yet" before the challenger exists. */
export function versionsText(cycle: Pick<ImprovementCycle, 'championVersion' | 'challengerVersion'>): string {
  const challenger = cycle.challengerVersion === null ? 'not trained yet' : `v${cycle.challengerVersion}`;
  return `v${cycle.championVersion} → ${challenger}`;
}

/** Where a cycle's evidence lives, in the timeline's link shape (so both show the same chips). */
export function cycleLinks(cycle: ImprovementCycle): TimelineLinks {
  const links: TimelineLinks = {};
  if (cycle.trigger.window) links.window = cycle.trigger.window;
  if (cycle.trigger.alertId) links.alertId = cycle.trigger.alertId;
  if (cycle.datasetVersionId) links.datasetVersionId = cycle.datasetVersionId;
  if (cycle.runId) links.runId = cycle.runId;
  if (cycle.tuningId) links.tuningId = cycle.tuningId;
  if (cycle.evaluationId) links.evaluationId = cycle.evaluationId;
  if (cycle.challengerVersion !== null) links.version = cycle.challengerVersion;
  return links;
}
