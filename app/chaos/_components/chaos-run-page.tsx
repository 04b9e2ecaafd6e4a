'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useHydrated } from '@/app/_shared/hooks/use-hydrated';
import { useNow } from '@/app/_shared/hooks/use-now';
import { labApi, type ApiError, type ChaosProgress, type ChaosRunReport, type ChaosRunRequest } from '@/app/_shared/lab-api';
import { ActionError } from '@/app/_shared/ui/action-error';
import { EvidencePage } from '@/app/_shared/ui/evidence-page';
import { chaosOptionsSchema } from '@/lib/chaos/chaos-options';
import { parseChaosFlags } from '@/lib/chaos/chaos-args';
import { ChaosRunForm } from './chaos-run-form';
import { ChaosReplay } from './chaos-replay';
import { ChaosRunReportView } from './chaos-run-report';
import { useRunProgress } from '@/app/_shared/hooks/use-run-progress';
import './chaos-run.css';
import { defaultStrategy, strategies } from '@/lib/strategies/catalog';

/**
 * `/chaos`: thousands of random trades under random faults, in a scratch lab of their own,
 * then recovery and reconciliation — and a report of what converged, what is stuck, and
 * whether money was lost or created.
 */
export function ChaosRunPage() {
  const t = useTranslations('chaos');
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
      title={t('heading')}
      intro={t('intro')}
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
          ? t('running', {
              trades: running.trades,
              progress: progressText(t, progress),
              seconds: Math.max(0, Math.round((now - running.since) / 1000)),
            })
          : report
            ? summary(t, report)
            : initial
              ? initial.problem === null
                ? t('linkFilled')
                : t('linkNotUnderstood', { problem: initial.problem })
              : t('notRun')}
      </p>
      <ActionError error={error && t('runFailed', { message: error.message })} />
      {report && !running && <ChaosReplay report={report} />}
      {report && !running && <ChaosRunReportView report={report} />}
    </EvidencePage>
  );
}

// The page starts simulated (it replays exactly, and fast); the API and the command line keep the real hop as theirs.
const defaults: ChaosRunRequest = chaosOptionsSchema.parse({ world: 'simulated' });

interface Linked {
  options: ChaosRunRequest;
  /** Why the link's settings were not understood; null when they were. */
  problem: string | null;
}

function linkedRun(search: string): Linked | null {
  const query = new URLSearchParams(search);
  if (query.size === 0) return null;
  const parsed = parseChaosFlags(query);
  return parsed.ok ? { options: parsed.value, problem: null } : { options: defaults, problem: parsed.error.message };
}

type Words = ReturnType<typeof useTranslations<'chaos'>>;

function progressText(t: Words, p: ChaosProgress | null): string {
  if (!p) return '';
  switch (p.stage) {
    case 'flows':
      return t('progress.flows', { done: p.done });
    case 'recovery':
      return p.retries
        ? t('progress.recoveryRetries', { sweep: p.sweeps + 1, retries: p.retries })
        : t('progress.recovery', { sweep: p.sweeps + 1 });
    case 'reconcile':
      return t('progress.reconcile');
  }
}

function summary(t: Words, r: ChaosRunReport): string {
  const money = r.stages.afterReconcile.invariants.find((i) => i.id === 'moneyConserved');
  const parts = [t('summary.trades', { trades: r.options.trades, seconds: (r.durationMs / 1000).toFixed(1) })];
  // The recommended strategy first: the one the note's argument ends on.
  for (const strategy of [defaultStrategy, ...strategies.filter((s) => s !== defaultStrategy)]) {
    const s = r.byStrategy[strategy];
    const values = { strategy: strategy.toUpperCase(), consistent: s.consistent, trades: s.trades, stuck: s.stuck };
    if (s.trades) parts.push(t(s.stuck ? 'summary.strategyStuck' : 'summary.strategy', values));
  }
  parts.push(t(money?.ok ? 'summary.moneyConserved' : 'summary.moneyNotConserved'));
  return parts.join(' · ');
}
