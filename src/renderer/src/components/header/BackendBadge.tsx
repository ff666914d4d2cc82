import { useCallback, useId, useRef, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { useDismiss } from '../common/use-dismiss';
import { BackendDetails } from './BackendDetails';

/** The ML backend that runs and on what; opens the list of candidates and why each was (not) chosen. */
export function BackendBadge() {
  const backend = useAppStore((s) => s.backend);
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, popover, trigger);
  const detailsId = useId();
  if (!backend) return null;
  return (
    <div className="popover-anchor">
      <button
        ref={trigger}
        type="button"
        className="backend-badge"
        data-testid="backend-badge"
        data-backend={backend.chosen}
        aria-expanded={open}
        aria-controls={detailsId}
        title={backend.reason}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="backend-dot" aria-hidden="true" />
        <span className="backend-label">ML backend</span>
        <span className="backend-id">{backend.chosen}</span>
        <span className="backend-device">{backend.device}</span>
      </button>
      {open && (
        <div ref={popover} id={detailsId} className="popover popover-wide">
          <BackendDetails backend={backend} />
        </div>
      )}
    </div>
  );
}
