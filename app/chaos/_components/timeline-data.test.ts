import { describe, expect, it } from 'vitest';
import type { ChaosRunReport } from '@/app/_shared/lab-api';
import { englishWords } from '@/i18n/english-words';
import { chaosOptionsSchema } from '@/lib/chaos/chaos-options';
import { shownTimeline, timelineColumns, timelineRange, timelineSummary } from './timeline-data';

type Timeline = ChaosRunReport['timeline'];

const t = englishWords('chaos.timeline');

const sample = (at: number, consistent: number, converging: number, stuck: number, frozenCents: number) => ({
  at,
  made: consistent + converging + stuck,
  consistent,
  converging,
  stuck,
  frozenCents,
});

const timeline: Timeline = {
  clock: 'virtual',
  samples: [sample(0, 0, 0, 0, 0), sample(1500, 4, 5, 1, 12_345), sample(3000, 8, 0, 2, 9_000), sample(3000, 9, 0, 1, 8_000)],
  faultWindow: { from: 0, to: 2500 },
  sweeps: [2000, 2600, 3000],
  reconciledAt: 3000,
};

describe('the chaos timeline as uPlot draws it', () => {
  it('gives one column per line: seconds, the three verdicts, and the frozen money in whole units', () => {
    expect(timelineColumns(timeline)).toEqual([
      [0, 1.5, 3, 3],
      [0, 4, 8, 9],
      [0, 5, 0, 0],
      [0, 1, 2, 1],
      [0, 123.45, 90, 80],
    ]);
  });

  it('runs the time axis on past the last mark, so what reconciliation changed shows', () => {
    const [from, to] = timelineRange(timeline);
    expect(from).toBe(0);
    expect(to).toBeGreaterThan(3);
    expect(
      timelineRange({ ...timeline, samples: [sample(0, 0, 0, 0, 0)], sweeps: [], reconciledAt: null, faultWindow: { from: 0, to: 0 } }),
    ).toEqual([0, 1]);
  });

  it('says in words where the run ended, its worst moment and when the marks fall', () => {
    expect(timelineSummary(t, timeline)).toBe(
      'After 3.0 s of virtual time: 9 consistent, 0 converging, 1 stuck of 10 trades made; 80.00 frozen. ' +
        'At most 5 converging at once, at 1.5 s. Faults could fire from 0.0 s to 2.5 s. ' +
        'Recovery swept from 2.0 s (3 sweeps that found something owed). Reconciliation ran at 3.0 s.',
    );
    expect(timelineSummary(t, { ...timeline, clock: 'wall' })).toMatch(/^After 3\.0 s of wall time:/);
    expect(timelineSummary(t, { ...timeline, samples: [] })).toBe('No samples were taken.');
  });

  it('shades no fault window when no fault could fire', () => {
    const options = chaosOptionsSchema.parse({ world: 'simulated' });
    expect(shownTimeline({ timeline, options }).faultWindow).toEqual({ from: 0, to: 2500 });
    expect(shownTimeline({ timeline, options: { ...options, probability: 0 } }).faultWindow).toEqual({ from: 0, to: 0 });
    expect(shownTimeline({ timeline, options: { ...options, faults: [] } }).faultWindow).toEqual({ from: 0, to: 0 });
    expect(timelineSummary(t, shownTimeline({ timeline, options: { ...options, faults: [] } }))).not.toMatch(/Faults could fire/);
  });
});
