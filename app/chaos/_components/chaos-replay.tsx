'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import type { ChaosRunReport } from '@/app/_shared/lab-api';
import { downloadJson } from '@/app/_shared/ui/download-json';
import { replayOf } from './replay-of';
import { useWorldWording } from './world-wording';

/**
 * How to run this again — the page's own address now carries the run's settings, and the same
 * run from a terminal — and the whole report as a file.
 */
export function ChaosReplay({ report }: { report: ChaosRunReport }) {
  const t = useTranslations('chaos.replay');
  const worldWording = useWorldWording();
  const { link, command } = replayOf(report.options);
  useEffect(() => window.history.replaceState(null, '', link), [link]);

  return (
    <section className="panel chaos-replay" aria-label={t('label')}>
      <p>
        {t.rich('again', {
          link: (chunks) => <a href={link}>{chunks}</a>,
          code: (chunks) => <code>{chunks}</code>,
          promise: worldWording[report.options.world].replay,
          command,
        })}
      </p>
      <button type="button" className="small" onClick={() => downloadJson(`chaos-run-seed-${report.options.seed}.json`, report)}>
        {t('download')}
      </button>
    </section>
  );
}
