import type { ExploreOptions, ExploreProgress, ExploreReport } from '@/app/_shared/lab-api';
import { count } from '@/app/_shared/ui/format';
import { sequenceNames, strategyName } from './explore-words';

interface Status {
  running: (ExploreOptions & { since: number }) | null;
  progress: ExploreProgress | null;
  now: number;
  report: ExploreReport | null;
  /** What a link's bounds came to, before any run. */
  note: string | undefined;
}

/** The page's one line of status: how far a walk has got, what the last one found, or what the link filled in. */
export function exploreStatus({ running, progress, now, report, note }: Status): string {
  if (running) {
    const seconds = `${Math.max(0, Math.round((now - running.since) / 1000))} s`;
    if (!progress) return `Exploring… starting a scratch lab · ${seconds}`;
    const c = progress.configuration;
    const configurations = running.strategies.length * running.fences.length * running.sequences.length;
    const index =
      (running.strategies.indexOf(c.strategy) * running.fences.length + running.fences.indexOf(c.fence)) * running.sequences.length +
      running.sequences.indexOf(c.sequence);
    return (
      `Exploring… ${count(progress.total)} schedules so far · configuration ${index + 1} of ${configurations}: ` +
      `${strategyName(c.strategy)}, fence ${c.fence}, ${sequenceNames[c.sequence]} · ${seconds}`
    );
  }
  if (!report) return note ?? 'Not run yet.';
  const walked = `${count(report.schedules)} schedules in ${(report.durationMs / 1000).toFixed(1)} s`;
  if (report.ok) return `${walked} · every claim as the note predicts`;
  const n = report.broken.length;
  return `${walked} · ${n === 1 ? 'one claim' : `${n} claims`} not as the note predicts`;
}
