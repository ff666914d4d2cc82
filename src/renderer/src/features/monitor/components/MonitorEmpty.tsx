import type { ReactNode } from 'react';
import { RunDemoButton } from '../improve/components/RunDemoButton';

/** An empty Monitor view: what is missing, what to do about it, or the demo (`reason` names the case for tests). */
export function MonitorEmpty({
  reason,
  heading,
  children,
}: {
  reason: 'no-production' | 'no-traffic';
  heading: string;
  children?: ReactNode;
}) {
  return (
    <section className="monitor-empty" data-testid="monitor-empty" data-reason={reason} aria-label={heading}>
      <h3 className="monitor-empty-title">{heading}</h3>
      {children}
      <RunDemoButton />
    </section>
  );
}
