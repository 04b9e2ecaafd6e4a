import type { ReactNode } from 'react';

/** The dark bar of a page below the dashboard: the lab's name, where we are, the way back. */
export function PageTopbar({ crumb, children }: { crumb: string; children?: ReactNode }) {
  return (
    <nav className="tp-topbar" aria-label="Breadcrumb">
      <a href="/" className="tp-brand">
        Consistency Lab
      </a>
      <span className="tp-crumb">{crumb}</span>
      {children}
      <a href="/" className="tp-back">
        <span aria-hidden="true">← </span>Back to the dashboard
      </a>
    </nav>
  );
}
