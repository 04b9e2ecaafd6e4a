import { useTranslations } from 'next-intl';
import type { ExploreReport } from '@/app/_shared/lab-api';
import { ExploreFinding } from './explore-finding';

interface Props {
  report: ExploreReport;
  hrefOf: (schedule: string) => string;
  onOpen: (id: string) => void;
}

/** Every claim that did not come out as the note predicts, said plainly, each with its counterexample and why. */
export function ExploreFindings({ report, hrefOf, onOpen }: Props) {
  const t = useTranslations('explore.findings');
  const broken = report.properties.filter((p) => !p.asPredicted);
  return (
    <section className="panel explore-report" aria-labelledby="explore-findings-title" data-findings={broken.length}>
      <h2 id="explore-findings-title">{t('title')}</h2>
      {broken.length === 0 ? (
        <p>{t('nowhere')}</p>
      ) : (
        <>
          <p>{t('some', { n: broken.length })}</p>
          {broken.map((p) => (
            <ExploreFinding key={p.id} property={p} hrefOf={hrefOf} onOpen={onOpen} />
          ))}
        </>
      )}
    </section>
  );
}
