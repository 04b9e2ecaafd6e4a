'use client';

import { useEffect } from 'react';
import type { ChaosRunReport } from '@/app/_shared/lab-api';
import { downloadJson } from '@/app/_shared/ui/download-json';
import { replayOf } from './replay-of';
import { worldWording } from './world-wording';

/**
 * How to run this again — the page's own address now carries the run's settings, and the same
 * run from a terminal — and the whole report as a file.
 */
export function ChaosReplay({ report }: { report: ChaosRunReport }) {
  const { link, command } = replayOf(report.options);
  useEffect(() => window.history.replaceState(null, '', link), [link]);

  return (
    <section className="panel chaos-replay" aria-label="Run it again">
      <p>
        Run it again: <a href={link}>this link</a> fills in the same settings ({worldWording[report.options.world].replay}) · from a
        terminal: <code>{command}</code>
      </p>
      <button type="button" className="small" onClick={() => downloadJson(`chaos-run-seed-${report.options.seed}.json`, report)}>
        Download report (JSON)
      </button>
    </section>
  );
}
