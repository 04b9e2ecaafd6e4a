'use client';

import { useTranslations } from 'next-intl';
import type { ExploreReport } from '@/app/_shared/lab-api';
import { downloadJson } from '@/app/_shared/ui/download-json';
import { exploreCommand, exploreHref } from './explore-address';

/** How to run this again — the page's own address carries the bounds, and the same run from a terminal — and the whole report as a file. */
export function ExploreReplay({ report }: { report: ExploreReport }) {
  const t = useTranslations('explore.replay');
  const { options } = report;
  return (
    <section className="panel explore-replay" aria-label={t('label')}>
      <p>
        {t.rich('again', {
          link: (chunks) => <a href={exploreHref(options)}>{chunks}</a>,
          code: (chunks) => <code>{chunks}</code>,
          command: exploreCommand(options),
        })}
      </p>
      <button type="button" className="small" onClick={() => downloadJson(`explore-depth-${options.depth}.json`, report)}>
        {t('download')}
      </button>
    </section>
  );
}
