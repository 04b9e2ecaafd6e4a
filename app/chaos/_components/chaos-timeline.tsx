'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type uPlot from 'uplot';
import type { ChaosRunReport } from '@/app/_shared/lab-api';
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
  // One object per report: the plot is built again only when the run is another.
  const timeline = useMemo(() => shownTimeline(report), [report]);
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let live = true;
    let plot: uPlot | undefined;
    let resize: ResizeObserver | undefined;
    // uPlot draws on a canvas it sizes from the DOM: it is loaded and built only in the browser.
    void import('uplot').then(({ default: UPlot }) => {
      if (!live) return;
      plot = new UPlot(timelinePlotOptions(UPlot, timeline, timelinePalette(el), el.clientWidth, t), timelineColumns(timeline), el);
      resize = new ResizeObserver(() => plot?.setSize({ width: el.clientWidth, height: timelineHeight }));
      resize.observe(el);
      setDrawn(true);
    });
    return () => {
      live = false;
      resize?.disconnect();
      plot?.destroy();
    };
  }, [timeline, t]);

  return (
    <section className="panel chaos-report" aria-labelledby="chaos-timeline-title">
      <h2 id="chaos-timeline-title">{t('title')}</h2>
      <figure className="chaos-timeline" data-clock={timeline.clock} data-drawn={drawn ? 'true' : 'false'}>
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
