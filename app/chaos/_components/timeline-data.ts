import type { ChaosRunReport } from '@/app/_shared/lab-api';
import type { Words } from '@/app/_shared/ui/words';
import { formatCents } from '@/lib/money/money';

type Timeline = ChaosRunReport['timeline'];

/** uPlot's columns, one entry per sample: seconds, then consistent, converging and stuck trades, then frozen money (whole units). */
export type TimelineColumns = [seconds: number[], consistent: number[], converging: number[], stuck: number[], frozen: number[]];

export function timelineColumns(timeline: Timeline): TimelineColumns {
  const s = timeline.samples;
  return [
    s.map((p) => p.at / 1000),
    s.map((p) => p.consistent),
    s.map((p) => p.converging),
    s.map((p) => p.stuck),
    s.map((p) => p.frozenCents / 100),
  ];
}

/**
 * The x axis's range in seconds, a little past the end: reconciliation lands on the run's last
 * instant, and what it changed shows only where the lines run on past its mark.
 */
export function timelineRange(timeline: Timeline): [number, number] {
  const end = Math.max(timeline.samples.at(-1)?.at ?? 0, timeline.faultWindow.to, timeline.reconciledAt ?? 0) / 1000;
  return [0, end > 0 ? end * 1.05 : 1];
}

/** The clock a run's time is on, named: "virtual time", "wall time". */
export const clockName = (t: Words, timeline: Pick<Timeline, 'clock'>) => t(`clock.${timeline.clock}`);

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** The plot in words, for a screen reader and for a test: where the run ended, its worst moment, and when the marks fall. */
export function timelineSummary(t: Words, timeline: Timeline): string {
  const last = timeline.samples.at(-1);
  if (!last) return t('noSamples');
  const peak = timeline.samples.reduce((top, p) => (p.converging > top.converging ? p : top), last);
  const parts = [
    t('ended', {
      at: seconds(last.at),
      clock: clockName(t, timeline),
      consistent: last.consistent,
      converging: last.converging,
      stuck: last.stuck,
      made: last.made,
      frozen: formatCents(last.frozenCents),
    }),
  ];
  if (peak.converging > 0) parts.push(t('peak', { converging: peak.converging, at: seconds(peak.at) }));
  const { from, to } = timeline.faultWindow;
  if (to > from) parts.push(t('faultWindow', { from: seconds(from), to: seconds(to) }));
  const [first] = timeline.sweeps;
  // The report's sweep count leaves out a sweep that found nothing owed; the marks are every sweep begun.
  if (first !== undefined) parts.push(t('sweeps', { at: seconds(first), sweeps: timeline.sweeps.length }));
  if (timeline.reconciledAt !== null) parts.push(t('reconciled', { at: seconds(timeline.reconciledAt) }));
  return parts.join(' ');
}

/** The timeline as the plot shows it: no fault window when no fault could fire (none chosen, or a probability of 0). */
export function shownTimeline(report: Pick<ChaosRunReport, 'timeline' | 'options'>): Timeline {
  const faulty = report.options.faults.length > 0 && report.options.probability > 0;
  return faulty ? report.timeline : { ...report.timeline, faultWindow: { from: 0, to: 0 } };
}
