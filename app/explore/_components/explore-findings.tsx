import type { ExploreReport } from '@/app/_shared/lab-api';
import { ExploreFinding } from './explore-finding';

interface Props {
  report: ExploreReport;
  hrefOf: (schedule: string) => string;
  onOpen: (id: string) => void;
}

/** Every claim that did not come out as the note predicts, said plainly, each with its counterexample and why. */
export function ExploreFindings({ report, hrefOf, onOpen }: Props) {
  const broken = report.properties.filter((p) => !p.asPredicted);
  return (
    <section className="panel explore-report" aria-labelledby="explore-findings-title" data-findings={broken.length}>
      <h2 id="explore-findings-title">Where the note does not hold as it states it</h2>
      {broken.length === 0 ? (
        <p>Nowhere within this bound: every claim the run could judge came out as the note states it.</p>
      ) : (
        <>
          <p>
            {broken.length === 1 ? 'One claim' : `${broken.length} claims`} of the note did not come out as the note states it. Each
            counterexample below is a real schedule on the lab&apos;s own engine: replay it from its id and it ends the same way.
          </p>
          {broken.map((p) => (
            <ExploreFinding key={p.id} property={p} hrefOf={hrefOf} onOpen={onOpen} />
          ))}
        </>
      )}
    </section>
  );
}
