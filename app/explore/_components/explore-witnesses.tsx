import type { ExploreReport } from '@/app/_shared/lab-api';
import { CounterexampleView } from './counterexample-view';
import { useExploreWords } from './explore-words';

interface Props {
  report: ExploreReport;
  hrefOf: (schedule: string) => string;
  onOpen: (id: string) => void;
}

/** What each guard of the fence prevents, reached with the fence off: each anomaly's shortest witness. */
export function ExploreWitnesses({ report, hrefOf, onOpen }: Props) {
  const words = useExploreWords();
  const t = (key: string, values?: Record<string, number>) => words.t(`explore.witnesses.${key}`, values);
  const reached = report.properties.filter((p) => p.kind === 'reachable' && p.verdict === 'reached');
  if (!reached.length) return null;
  return (
    <section className="panel explore-report" aria-labelledby="explore-witnesses-title">
      <h2 id="explore-witnesses-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {reached.map((p) => {
        const witness = p.classes[0]!.shortest;
        return (
          <article key={p.id} className="explore-finding" aria-labelledby={`witness-${p.id}-title`} data-property={p.id}>
            <h3 id={`witness-${p.id}-title`}>✓ {words.titleOf(p)}</h3>
            <p>
              <span className="muted">{words.t('explore.findings.noteSays')}</span> {words.claimOf(p)}{' '}
              <span className="muted">({words.scopeOf(p)})</span>
              {t('show', { matching: p.matching, schedules: p.schedules })}
            </p>
            <CounterexampleView example={witness} kind="witness" href={hrefOf(witness.id)} onOpen={onOpen} />
          </article>
        );
      })}
    </section>
  );
}
