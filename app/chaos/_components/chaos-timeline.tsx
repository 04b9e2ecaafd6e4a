'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type uPlot from 'uplot';
import type { ChaosRunReport } from '@/app/_shared/lab-api';
import { shownTheme, subscribeTheme, type Theme } from '@/app/_shared/ui/theme';
import { clockName, shownTimeline, timelineColumns, timelineSummary } from './timeline-data';
import { timelineHeight, timelinePlotOptions } from './timeline-plot-options';
import { timelinePalette } from './timeline-palette';
import 'uplot/dist/uPlot.min.css';
import './chaos-timeline.css';

const key: [className: string, text: string][] = [
  ['consistent', 'consistent'],
  ['converging', 'converging'],
  ['stuck', 'stuck'],
  ['frozen', 'frozen money (right axis)'],
  ['fault-window', 'faults may fire'],
  ['sweep', 'a recovery sweep begins'],
  ['reconcile', 'reconciliation'],
];

/** The run over time: where its trades stood and the money frozen at each sample, with the faults, the sweeps and the reconciliation marked. */
export function ChaosTimeline({ report }: { report: ChaosRunReport }) {
  // One object per report: the plot is built again only when the run is another (or the theme).
  const timeline = useMemo(() => shownTimeline(report), [report]);
  const box = useRef<HTMLDivElement>(null);
  const [drawnIn, setDrawnIn] = useState<Theme | null>(null);
  // uPlot takes its colours once, when built: another theme builds it again.
  const theme = useSyncExternalStore(subscribeTheme, shownTheme, () => null);

  useEffect(() => {
    const el = box.current;
    if (!el || !theme) return;
    let live = true;
    let plot: uPlot | undefined;
    let resize: ResizeObserver | undefined;
    // uPlot draws on a canvas it sizes from the DOM: it is loaded and built only in the browser.
    void import('uplot').then(({ default: UPlot }) => {
      if (!live) return;
      plot = new UPlot(timelinePlotOptions(UPlot, timeline, timelinePalette(el), el.clientWidth), timelineColumns(timeline), el);
      resize = new ResizeObserver(() => plot?.setSize({ width: el.clientWidth, height: timelineHeight }));
      resize.observe(el);
      setDrawnIn(theme);
    });
    return () => {
      live = false;
      resize?.disconnect();
      plot?.destroy();
    };
  }, [timeline, theme]);

  return (
    <section className="panel chaos-report" aria-labelledby="chaos-timeline-title">
      <h2 id="chaos-timeline-title">The run over time</h2>
      <figure
        className="chaos-timeline"
        data-clock={timeline.clock}
        data-drawn={drawnIn ? 'true' : 'false'}
        data-drawn-theme={drawnIn ?? undefined}
      >
        <div
          ref={box}
          className="chaos-timeline-plot"
          role="img"
          aria-label={`Timeline of the run over ${clockName[timeline.clock]}: consistent, converging and stuck trades, and the frozen money`}
          style={{ height: timelineHeight }}
        />
        <ul className="chaos-timeline-key">
          {key.map(([className, text]) => (
            <li key={className} className={`key-${className}`}>
              {text}
            </li>
          ))}
        </ul>
        <figcaption>{timelineSummary(timeline)}</figcaption>
      </figure>
    </section>
  );
}
