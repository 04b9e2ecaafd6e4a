'use client';

import { useState } from 'react';
import { useHydrated } from '@/app/_shared/hooks/use-hydrated';
import { useNow } from '@/app/_shared/hooks/use-now';
import { labApi, type ApiError, type ChaosProgress, type ChaosRunReport, type ChaosRunRequest } from '@/app/_shared/lab-api';
import { ActionError } from '@/app/_shared/ui/action-error';
import { EvidencePage } from '@/app/_shared/ui/evidence-page';
import { count } from '@/app/_shared/ui/format';
import { chaosOptionsSchema } from '@/lib/chaos/chaos-options';
import { parseChaosFlags } from '@/lib/chaos/chaos-args';
import { ChaosRunForm } from './chaos-run-form';
import { ChaosReplay } from './chaos-replay';
import { ChaosRunReportView } from './chaos-run-report';
import { useRunProgress } from '@/app/_shared/hooks/use-run-progress';
import './chaos-run.css';

/**
 * `/chaos`: thousands of random trades under random faults, in a scratch lab of their own,
 * then recovery and reconciliation — and a report of what converged, what is stuck, and
 * whether money was lost or created.
 */
export function ChaosRunPage() {
  const [report, setReport] = useState<ChaosRunReport | null>(null);
  const [running, setRunning] = useState<(ChaosRunRequest & { since: number }) | null>(null);
  const now = useNow(running ? 1000 : null);
  const progress = useRunProgress(running !== null, labApi.chaosProgress);
  const [error, setError] = useState<ApiError | null>(null);

  // A link to this page may carry a run's settings (the replay link of an earlier run). The server
  // renders the page without its query, so the link is read once hydrated — and only then: a run
  // writes its own settings into the address afterwards, and they must not become the form's start.
  const hydrated = useHydrated();
  const [linked, setLinked] = useState<Linked | null | undefined>(undefined);
  if (hydrated && linked === undefined) setLinked(linkedRun(window.location.search));
  const initial = linked ?? null;

  const start = async (options: ChaosRunRequest) => {
    setRunning({ ...options, since: Date.now() });
    setError(null);
    const result = await labApi.chaosRun(options);
    setRunning(null);
    if (result.ok) setReport(result.value);
    else setError(result.error);
  };

  return (
    <EvidencePage
      page="/chaos"
      title="Chaos: thousands of random faulty trades"
      intro={
        <>
          A scratch lab of its own — two fresh SQLite files, and either a simulated network under virtual time or a real HTTP hop — takes
          the trades: each is created with V1 or V2, then maybe confirmed, cancelled or deleted, while every chosen fault fires with the
          given probability, during recovery too. Then recovery sweeps until nothing is owed, the provider reconciles, and the books are
          counted to the cent after each stage. Your lab is not touched.
        </>
      }
      controls={
        <ChaosRunForm
          key={initial ? 'from-link' : 'defaults'}
          initial={initial?.options ?? defaults}
          running={running !== null}
          onStart={(options) => void start(options)}
        />
      }
    >
      {/* Busy while the count ticks: a screen reader waits for the result instead of reading every tick. */}
      <p role="status" aria-busy={running !== null} className="panel chaos-status">
        {running
          ? `Running ${count(running.trades)} trades… ${progressText(progress)}${Math.max(0, Math.round((now - running.since) / 1000))} s`
          : report
            ? summary(report)
            : (initial?.note ?? 'Not run yet.')}
      </p>
      <ActionError error={error && `The run failed: ${error.message}`} />
      {report && !running && <ChaosReplay report={report} />}
      {report && !running && <ChaosRunReportView report={report} />}
    </EvidencePage>
  );
}

// The page starts simulated (it replays exactly, and fast); the API and the command line keep the real hop as theirs.
const defaults: ChaosRunRequest = chaosOptionsSchema.parse({ world: 'simulated' });

interface Linked {
  options: ChaosRunRequest;
  note: string;
}

function linkedRun(search: string): Linked | null {
  const query = new URLSearchParams(search);
  if (query.size === 0) return null;
  const parsed = parseChaosFlags(query);
  return parsed.ok
    ? { options: parsed.value, note: "The link's settings are filled in: press Start chaos run to run them again." }
    : { options: defaults, note: `The link's settings were not understood (${parsed.error.message}); the defaults are shown.` };
}

function progressText(p: ChaosProgress | null): string {
  if (!p) return '';
  switch (p.stage) {
    case 'flows':
      return `${count(p.done)} done · `;
    case 'recovery':
      return `all made; recovery sweep ${count(p.sweeps + 1)}${p.retries ? ` (${count(p.retries)} retries so far)` : ''} · `;
    case 'reconcile':
      return 'reconciling and counting the books · ';
  }
}

function summary(r: ChaosRunReport): string {
  const { v1, v2 } = r.byStrategy;
  const money = r.stages.afterReconcile.invariants.find((i) => i.id === 'moneyConserved');
  const parts = [`${count(r.options.trades)} trades in ${(r.durationMs / 1000).toFixed(1)} s`];
  if (v2.trades) parts.push(`V2: ${v2.consistent} of ${v2.trades} consistent${v2.stuck ? `, ${v2.stuck} stuck` : ''}`);
  if (v1.trades) parts.push(`V1: ${v1.consistent} of ${v1.trades} consistent${v1.stuck ? `, ${v1.stuck} stuck` : ''}`);
  parts.push(money?.ok ? 'money conserved to the cent' : 'money NOT conserved');
  return parts.join(' · ');
}
