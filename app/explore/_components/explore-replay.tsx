'use client';

import type { ExploreReport } from '@/app/_shared/lab-api';
import { downloadJson } from '@/app/_shared/ui/download-json';
import { exploreCommand, exploreHref } from './explore-address';

/** How to run this again — the page's own address carries the bounds, and the same run from a terminal — and the whole report as a file. */
export function ExploreReplay({ report }: { report: ExploreReport }) {
  const { options } = report;
  return (
    <section className="panel explore-replay" aria-label="Run it again">
      <p>
        Run it again: <a href={exploreHref(options)}>this link</a> fills in the same bounds (a walk is exhaustive: it finds the same
        schedules every time) · from a terminal: <code>{exploreCommand(options)}</code>
      </p>
      <button type="button" className="small" onClick={() => downloadJson(`explore-depth-${options.depth}.json`, report)}>
        Download report (JSON)
      </button>
    </section>
  );
}
