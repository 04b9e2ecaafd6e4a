'use client';

import { useState } from 'react';
import type { PropertyVerdict } from '@/app/_shared/lab-api';
import { count } from '@/app/_shared/ui/format';
import { CounterexampleView } from './counterexample-view';
import { scopeOf } from './explore-words';

interface Props {
  property: PropertyVerdict;
  hrefOf: (schedule: string) => string;
  onOpen: (id: string) => void;
}

/**
 * One claim that does not come out as the note states it: what the note says, each way it
 * fails with how many schedules, and the shortest counterexample of the way chosen (the
 * shortest of all to begin with).
 */
export function ExploreFinding({ property: p, hrefOf, onOpen }: Props) {
  const [chosen, setChosen] = useState(0);
  const shown = p.classes[chosen];
  const titleId = `finding-${p.id}-title`;
  return (
    <article className="explore-finding" id={`finding-${p.id}`} aria-labelledby={titleId} data-property={p.id}>
      <h3 id={titleId}>✗ {p.title}</h3>
      <p>
        <span className="muted">The note says:</span> {p.claim} <span className="muted">({scopeOf(p)})</span>
      </p>
      {p.verdict === 'not reached' ? (
        <p className="explore-why">
          No schedule within this bound shows it, though the note says it is reachable: {count(p.schedules)} schedules were walked.
        </p>
      ) : (
        <>
          <p>
            {count(p.matching)} of {count(p.schedules)} schedules do not hold it, in{' '}
            {p.classes.length === 1 ? 'one way:' : `${p.classes.length} ways (press one to see its shortest counterexample):`}
          </p>
          <ul className="explore-classes" aria-label={`How “${p.title}” fails`}>
            {p.classes.map((c, i) => (
              <li key={c.description}>
                <span className="num">{count(c.schedules)} ×</span>{' '}
                {p.classes.length > 1 ? (
                  <button type="button" className="link" aria-pressed={i === chosen} onClick={() => setChosen(i)}>
                    {c.description}
                  </button>
                ) : (
                  c.description
                )}
              </li>
            ))}
          </ul>
          {shown && (
            <CounterexampleView
              key={shown.shortest.id}
              example={shown.shortest}
              kind="counterexample"
              why={shown.why}
              href={hrefOf(shown.shortest.id)}
              onOpen={onOpen}
            />
          )}
        </>
      )}
    </article>
  );
}
