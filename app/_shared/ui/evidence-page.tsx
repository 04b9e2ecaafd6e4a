'use client';

import type { ReactNode } from 'react';
import { useHydrated } from '@/app/_shared/hooks/use-hydrated';
import type { LabPage } from './lab-nav';
import { PageTopbar } from './page-topbar';
import './evidence-page.css';

interface Props {
  page: LabPage;
  title: string;
  /** What the page runs and where: one paragraph. */
  intro: ReactNode;
  /** The run's controls, beside the intro. */
  controls: ReactNode;
  children: ReactNode;
}

/** The frame of a page that runs the lab's evidence (every case, a random run) and reports it. */
export function EvidencePage({ page, title, intro, controls, children }: Props) {
  // Tests wait for this before clicking: set once hydrated handlers exist.
  const ready = useHydrated();
  return (
    <div className="evidence-page" data-ready={ready ? 'true' : 'false'}>
      <PageTopbar current={page} />
      <section className="panel evidence-intro" aria-labelledby="evidence-title">
        <div>
          <h1 id="evidence-title">{title}</h1>
          <p>{intro}</p>
        </div>
        {controls}
      </section>
      {children}
    </div>
  );
}
