import type { ExploreOptions, ExploreProgress, ExploreReport } from '@/app/_shared/lab-api';
import type { ExploreWords } from './explore-words';

interface Status {
  running: (ExploreOptions & { since: number }) | null;
  progress: ExploreProgress | null;
  now: number;
  report: ExploreReport | null;
  /** What a link's bounds came to, before any run. */
  note: string | undefined;
  words: ExploreWords;
}

/** The page's one line of status: how far a walk has got, what the last one found, or what the link filled in. */
export function exploreStatus({ running, progress, now, report, note, words }: Status): string {
  const { t } = words;
  if (running) {
    const seconds = Math.max(0, Math.round((now - running.since) / 1000));
    if (!progress) return t('explore.status.starting', { seconds });
    const c = progress.configuration;
    const configurations = running.strategies.length * running.fences.length * running.sequences.length;
    const index =
      (running.strategies.indexOf(c.strategy) * running.fences.length + running.fences.indexOf(c.fence)) * running.sequences.length +
      running.sequences.indexOf(c.sequence);
    return t('explore.status.progress', {
      total: progress.total,
      index: index + 1,
      configurations,
      strategy: words.strategyName(c.strategy),
      fence: words.fenceName(c.fence),
      sequence: words.sequenceName(c.sequence),
      seconds,
    });
  }
  if (!report) return note ?? t('explore.status.notRun');
  const walked = t('explore.status.walked', { schedules: report.schedules, seconds: (report.durationMs / 1000).toFixed(1) });
  if (report.ok) return t('explore.status.ok', { walked });
  return t('explore.status.broken', { walked, n: report.broken.length });
}
