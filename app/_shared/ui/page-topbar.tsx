import Link from 'next/link';
import type { ReactNode } from 'react';
import { LabNav, type LabPage } from './lab-nav';
import { ThemeToggle } from './theme-toggle';
import './page-topbar.css';

/** The dark bar of a page below the dashboard: the lab's name, its places, where we are. */
export function PageTopbar({ current, crumb, children }: { current: LabPage | null; crumb?: string; children?: ReactNode }) {
  return (
    <header className="tp-topbar">
      <Link href="/" className="tp-brand">
        Consistency Lab
      </Link>
      <LabNav current={current} />
      <span className="tp-crumb">{crumb}</span>
      {children}
      <ThemeToggle />
    </header>
  );
}
