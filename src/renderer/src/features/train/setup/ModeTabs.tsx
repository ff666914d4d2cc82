import { type KeyboardEvent, useRef } from 'react';
import { nextStepIndex } from '../../../components/stepper/stepper-keys';
import { setTrain, type TrainMode, useTrainStore } from '../state/train-store';

const MODES: readonly TrainMode[] = ['train', 'tune'];
const LABEL: Record<TrainMode, string> = { train: 'Train one model', tune: 'Tune hyperparameters' };

export const modeTabId = (m: TrainMode) => `train-mode-tab-${m}`;
export const modePanelId = (m: TrainMode) => `train-mode-panel-${m}`;

/** Train one run, or tune: tabs with arrow keys, Home and End. */
export function ModeTabs() {
  const mode = useTrainStore((s) => s.mode);
  const list = useRef<HTMLDivElement>(null);
  const choose = (m: TrainMode) => setTrain({ mode: m });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = nextStepIndex(e.key, MODES.indexOf(mode), MODES.length);
    const target = next === null ? undefined : MODES[next];
    if (!target) return;
    e.preventDefault();
    e.stopPropagation();
    choose(target);
    list.current?.querySelector<HTMLElement>(`#${modeTabId(target)}`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label="Training mode" className="view-tabs" onKeyDown={onKeyDown}>
      {MODES.map((m) => (
        <button
          key={m}
          id={modeTabId(m)}
          type="button"
          role="tab"
          className="view-tab"
          aria-selected={m === mode}
          aria-controls={modePanelId(m)}
          tabIndex={m === mode ? 0 : -1}
          onClick={() => choose(m)}
        >
          {LABEL[m]}
        </button>
      ))}
    </div>
  );
}
