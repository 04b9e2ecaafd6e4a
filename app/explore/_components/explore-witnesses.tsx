import type { ExploreReport } from '@/app/_shared/lab-api';
import { count } from '@/app/_shared/ui/format';
import { CounterexampleView } from './counterexample-view';
import { scopeOf } from './explore-words';

interface Props {
  report: ExploreReport;
  hrefOf: (schedule: string) => string;
  onOpen: (id: string) => void;
}

/** What each guard of the fence prevents, reached with the fence off: each anomaly's shortest witness. */
export function ExploreWitnesses({ report, hrefOf, onOpen }: Props) {
  const reached = report.properties.filter((p) => p.kind === 'reachable' && p.verdict === 'reached');
  if (!reached.length) return null;
  return (
    <section className="panel explore-report" aria-labelledby="explore-witnesses-title">
      <h2 id="explore-witnesses-title">What the fence guards, reached with it off</h2>
      <p>The note says each guard exists for a reason; with the fence off, the explorer finds each anomaly it prevents.</p>
      {reached.map((p) => {
        const witness = p.classes[0]!.shortest;
        return (
          <article key={p.id} className="explore-finding" aria-labelledby={`witness-${p.id}-title`} data-property={p.id}>
            <h3 id={`witness-${p.id}-title`}>✓ {p.title}</h3>
            <p>
              <span className="muted">The note says:</span> {p.claim} <span className="muted">({scopeOf(p)})</span> · {count(p.matching)} of{' '}
              {count(p.schedules)} schedules show it.
            </p>
            <CounterexampleView example={witness} kind="witness" href={hrefOf(witness.id)} onOpen={onOpen} />
          </article>
        );
      })}
    </section>
  );
}
