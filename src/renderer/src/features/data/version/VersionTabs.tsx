import { type KeyboardEvent, useRef } from 'react';
import { nextStepIndex } from '../../../components/stepper/stepper-keys';
import { DATA_VIEW_LABEL, DATA_VIEWS, type DataViewId, useDataStore } from '../state/data-store';

export const viewTabId = (v: DataViewId) => `data-tab-${v}`;
export const viewPanelId = (v: DataViewId) => `data-panel-${v}`;

/** The views of a version as tabs: arrow keys, Home and End move between them. */
export function VersionTabs() {
  const view = useDataStore((s) => s.view);
  const setView = useDataStore((s) => s.setView);
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = nextStepIndex(e.key, DATA_VIEWS.indexOf(view), DATA_VIEWS.length);
    const target = next === null ? undefined : DATA_VIEWS[next];
    if (!target) return;
    e.preventDefault();
    e.stopPropagation();
    setView(target);
    list.current?.querySelector<HTMLElement>(`#${viewTabId(target)}`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label="Dataset views" className="view-tabs" onKeyDown={onKeyDown}>
      {DATA_VIEWS.map((v) => (
        <button
          key={v}
          id={viewTabId(v)}
          type="button"
          role="tab"
          className="view-tab"
          aria-selected={v === view}
          aria-controls={viewPanelId(v)}
          tabIndex={v === view ? 0 : -1}
          onClick={() => setView(v)}
        >
          {DATA_VIEW_LABEL[v]}
        </button>
      ))}
    </div>
  );
}
