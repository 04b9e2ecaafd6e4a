import type uPlot from 'uplot';
import type { ChaosRunReport } from '@/app/_shared/lab-api';
import type { Words } from '@/app/_shared/ui/words';
import { clockName, timelineRange } from './timeline-data';
import { timelineMarks } from './timeline-marks';
import type { TimelinePalette } from './timeline-palette';

type Timeline = ChaosRunReport['timeline'];

export const timelineHeight = 320;

// 1.2K, 350K, 1M: a million-trade run's axes stay as narrow as a small one's.
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
// Headroom over the highest line, so the marks' labels along the top never sit on it.
const upTo = (_u: uPlot, _min: number | null, max: number | null): uPlot.Range.MinMax => [0, Math.max(1, max ?? 0) * 1.15];

/**
 * The run's picture as Jepsen's bank test draws one: trades by verdict on the left axis, the
 * frozen money on the right, time along the bottom. Samples are snapshots, so each line holds
 * its value until the next one (stepped), rather than suggesting a change between them.
 */
export function timelinePlotOptions(
  lib: typeof uPlot,
  timeline: Timeline,
  palette: TimelinePalette,
  width: number,
  t: Words,
): uPlot.Options {
  // `extend` carries the last sample's values on to the axis's end, past reconciliation's mark.
  const stepped = lib.paths.stepped!({ align: 1, extend: true });
  const line = (label: string, stroke: string, scale: string, dash?: number[]): uPlot.Series => ({
    label,
    stroke,
    scale,
    width: 2,
    // uPlot scales a line's width to device pixels, not its dashes.
    dash: dash?.map((d) => d * lib.pxRatio),
    paths: stepped,
    points: { show: false },
  });
  const font = `12px ${palette.font}`;
  const labelFont = `600 12px ${palette.font}`;
  const axis = {
    stroke: palette.ink,
    font,
    labelFont,
    grid: { stroke: palette.grid, width: 1 },
    ticks: { stroke: palette.grid, width: 1 },
  };
  return {
    width,
    height: timelineHeight,
    legend: { show: false },
    // A picture, not an instrument: the figure's caption carries the numbers a hover would.
    cursor: { show: false },
    scales: {
      x: { time: false, range: () => timelineRange(timeline) },
      trades: { range: upTo },
      money: { range: upTo },
    },
    series: [
      {},
      line(t('key.consistent'), palette.consistent, 'trades'),
      line(t('key.converging'), palette.converging, 'trades'),
      line(t('key.stuck'), palette.stuck, 'trades'),
      line(t('frozenMoney'), palette.frozen, 'money', [6, 4]),
    ],
    axes: [
      { ...axis, label: t('axis', { clock: clockName(t, timeline) }), size: 32, labelSize: 22 },
      { ...axis, scale: 'trades', label: t('trades'), values: (_u, splits) => splits.map((v) => compact.format(v)) },
      {
        ...axis,
        scale: 'money',
        side: 1,
        label: t('frozenMoney'),
        // One grid: the right axis's lines would fall between the left's and cross the picture twice as often.
        grid: { show: false },
        values: (_u, splits) => splits.map((v) => compact.format(v)),
      },
    ],
    plugins: [timelineMarks(timeline, palette, () => lib.pxRatio, t)],
  };
}
