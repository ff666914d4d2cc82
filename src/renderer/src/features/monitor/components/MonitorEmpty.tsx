import type { ReactNode } from 'react';

/** An empty Monitor view: what is missing and what to do about it (`reason` names the case for tests). */
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
    </section>
  );
}
