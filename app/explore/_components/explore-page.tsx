'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useHydrated } from '@/app/_shared/hooks/use-hydrated';
import { useNow } from '@/app/_shared/hooks/use-now';
import { labApi, type ApiError, type ExploreOptions, type ExploreReport } from '@/app/_shared/lab-api';
import { ActionError } from '@/app/_shared/ui/action-error';
import { EvidencePage } from '@/app/_shared/ui/evidence-page';
import { exploreOptionsSchema } from '@/lib/explore/explore-options';
import { boundsOf, exploreHref } from './explore-address';
import { ExploreClaimsTable } from './explore-claims-table';
import { ExploreCounts } from './explore-counts';
import { ExploreFindings } from './explore-findings';
import { ExploreReplay } from './explore-replay';
import { ExploreRunForm } from './explore-run-form';
import { exploreStatus } from './explore-status';
import { ExploreWitnesses } from './explore-witnesses';
import { useExploreWords } from './explore-words';
import { OpenedSchedule } from './opened-schedule';
import { useRunProgress } from '@/app/_shared/hooks/use-run-progress';
import './explore.css';

const defaults: ExploreOptions = exploreOptionsSchema.parse({});
const openedIn = (search: string) => new URLSearchParams(search).get('schedule');

/**
 * `/explore`: a proof run. Every fault schedule within a bound on the lab's own engine, each of
 * the note's claims checked as a property over them, and a shortest counterexample — replayable
 * from its id — wherever one fails.
 */
export function ExplorePage() {
  const t = useTranslations('explore');
  const words = useExploreWords();
  const [report, setReport] = useState<ExploreReport | null>(null);
  const [running, setRunning] = useState<(ExploreOptions & { since: number }) | null>(null);
  const now = useNow(running ? 1000 : null);
  const progress = useRunProgress(running !== null, labApi.exploreProgress);
  const [error, setError] = useState<ApiError | null>(null);

  // The address may carry bounds and an opened schedule. The server renders the page without its
  // query, so both are read once hydrated; afterwards the page writes the address, not the reverse.
  const hydrated = useHydrated();
  const [linked, setLinked] = useState<Linked | null | undefined>(undefined);
  const [opened, setOpened] = useState<string | null>(null);
  if (hydrated && linked === undefined) {
    setLinked(linkedBounds(window.location.search));
    setOpened(openedIn(window.location.search));
  }
  const bounds = report?.options ?? linked?.options ?? defaults;

  // Back and Forward open and close schedules as the address says.
  useEffect(() => {
    const follow = () => setOpened(openedIn(window.location.search));
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, []);
  useEffect(() => {
    if (report) window.history.replaceState(null, '', exploreHref(report.options, opened));
  }, [report, opened]);

  const show = (schedule: string | null) => {
    window.history.pushState(null, '', exploreHref(bounds, schedule));
    setOpened(schedule);
  };
  const hrefOf = (schedule: string) => exploreHref(bounds, schedule);

  const start = async (options: ExploreOptions) => {
    setRunning({ ...options, since: Date.now() });
    setError(null);
    const result = await labApi.explore(options);
    setRunning(null);
    if (result.ok) setReport(result.value);
    else setError(result.error);
  };

  return (
    <EvidencePage
      page="/explore"
      title={t('heading')}
      intro={t('intro')}
      controls={
        <ExploreRunForm
          key={linked ? 'from-link' : 'defaults'}
          initial={linked?.options ?? defaults}
          running={running !== null}
          onStart={(options) => void start(options)}
        />
      }
    >
      {/* Busy while the count ticks: a screen reader waits for the result instead of reading every tick. */}
      <p
        role="status"
        aria-busy={running !== null}
        className="panel explore-status"
        data-ok={report && !running ? String(report.ok) : undefined}
      >
        {exploreStatus({
          running,
          progress,
          now,
          report,
          note: !linked ? undefined : linked.problem === null ? t('linkFilled') : t('linkNotUnderstood', { problem: linked.problem }),
          words,
        })}
      </p>
      <ActionError error={error && t('failed', { message: error.message })} />
      {opened && <OpenedSchedule key={opened} id={opened} onClose={() => show(null)} />}
      {report && !running && (
        <>
          <ExploreReplay report={report} />
          <ExploreCounts report={report} />
          <ExploreClaimsTable report={report} />
          <ExploreFindings report={report} hrefOf={hrefOf} onOpen={show} />
          <ExploreWitnesses report={report} hrefOf={hrefOf} onOpen={show} />
        </>
      )}
    </EvidencePage>
  );
}

interface Linked {
  options: ExploreOptions;
  /** Why the link's bounds were not understood; null when they were. */
  problem: string | null;
}

function linkedBounds(search: string): Linked | null {
  const query = new URLSearchParams(search);
  query.delete('schedule');
  if (query.size === 0) return null;
  const parsed = boundsOf(query);
  return parsed.ok ? { options: parsed.value, problem: null } : { options: defaults, problem: parsed.error.message };
}
