import { describe, expect, it } from 'vitest';
import type uPlot from 'uplot';
import type { ChaosRunReport } from '@/app/_shared/lab-api';
import { englishWords } from '@/i18n/english-words';
import { timelinePlotOptions } from './timeline-plot-options';
import type { TimelinePalette } from './timeline-palette';

// The options are built before uPlot draws anything: its class is needed only for the stepped path and the pixel ratio.
const stepped = (() => null) as unknown as uPlot.Series.PathBuilder;
const lib = { paths: { stepped: () => stepped }, pxRatio: 2 } as unknown as typeof uPlot;
const palette = new Proxy({} as TimelinePalette, { get: (_target, name) => `colour-of-${String(name)}` });
const timeline = (clock: 'virtual' | 'wall'): ChaosRunReport['timeline'] => ({
  clock,
  samples: [{ at: 0, made: 0, consistent: 0, converging: 0, stuck: 0, frozenCents: 0 }],
  faultWindow: { from: 0, to: 0 },
  sweeps: [],
  reconciledAt: null,
});

describe('the timeline plot', () => {
  it('names its clock on the time axis', () => {
    expect(timelinePlotOptions(lib, timeline('virtual'), palette, 800, englishWords('chaos.timeline')).axes![0]!.label).toBe(
      'virtual time (s)',
    );
    expect(timelinePlotOptions(lib, timeline('wall'), palette, 800, englishWords('chaos.timeline')).axes![0]!.label).toBe('wall time (s)');
  });

  it('draws the verdicts against trades and the frozen money against a right axis of its own', () => {
    const options = timelinePlotOptions(lib, timeline('virtual'), palette, 800, englishWords('chaos.timeline'));
    expect(options.series.slice(1).map((s) => [s.label, s.scale, s.stroke])).toEqual([
      ['consistent', 'trades', 'colour-of-consistent'],
      ['converging', 'trades', 'colour-of-converging'],
      ['stuck', 'trades', 'colour-of-stuck'],
      ['frozen money', 'money', 'colour-of-frozen'],
    ]);
    expect(options.axes!.map((a) => a.scale)).toEqual([undefined, 'trades', 'money']);
    expect(options.axes![2]!.side).toBe(1);
    expect(options.series[4]!.dash).toEqual([12, 8]);
  });
});
