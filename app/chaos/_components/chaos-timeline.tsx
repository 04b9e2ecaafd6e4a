'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type uPlot from 'uplot';
import type { ChaosRunReport } from '@/app/_shared/lab-api';
import { shownTheme, subscribeTheme, type Theme } from '@/app/_shared/ui/theme';
import { clockName, shownTimeline, timelineColumns, timelineSummary } from './timeline-data';
import { timelineHeight, timelinePlotOptions } from './timeline-plot-options';
import { timelinePalette } from './timeline-palette';
import 'uplot/dist/uPlot.min.css';
import './chaos-timeline.css';

/** The key's entries: each one's class, and its words in the catalog's `chaos.timeline.key`. */
const key: [className: string, words: string][] = [
  ['consistent', 'consistent'],
  ['converging', 'converging'],
  ['stuck', 'stuck'],
  ['frozen', 'frozen'],
  ['fault-window', 'faultWindow'],
  ['sweep', 'sweep'],
  ['reconcile', 'reconcile'],
];

/** The run over time: where its trades stood and the money frozen at each sample, with the faults, the sweeps and the reconciliation marked. */
export function ChaosTimeline({ report }: { report: ChaosRunReport }) {
  const t = useTranslations('chaos.timeline');
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
      plot = new UPlot(timelinePlotOptions(UPlot, timeline, timelinePalette(el), el.clientWidth, t), timelineColumns(timeline), el);
      resize = new ResizeObserver(() => plot?.setSize({ width: el.clientWidth, height: timelineHeight }));
      resize.observe(el);
      setDrawnIn(theme);
    });
    return () => {
      live = false;
      resize?.disconnect();
      plot?.destroy();
    };
  }, [timeline, theme, t]);

  return (
    <section className="panel chaos-report" aria-labelledby="chaos-timeline-title">
      <h2 id="chaos-timeline-title">{t('title')}</h2>
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
          aria-label={t('img', { clock: clockName(t, timeline) })}
          style={{ height: timelineHeight }}
        />
        <ul className="chaos-timeline-key">
          {key.map(([className, words]) => (
            <li key={className} className={`key-${className}`}>
              {t(`key.${words}`)}
            </li>
          ))}
        </ul>
        <figcaption>{timelineSummary(t, timeline)}</figcaption>
      </figure>
    </section>
  );
}
